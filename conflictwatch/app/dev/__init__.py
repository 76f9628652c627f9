"""Real services without Docker: a KRaft Kafka broker from Maven Central jars,
Debian's redis-server and prometheus, all on loopback with free ports."""
