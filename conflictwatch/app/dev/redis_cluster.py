"""A Redis Cluster on loopback: Debian's redis-server six times, made three
masters with a replica each by `redis-cli --cluster create`, as the optional
docker-compose.cluster.yml runs it."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import redis

from conflictwatch.app.dev.process import free_ports, require_binary
from conflictwatch.app.dev.redis import RedisServer
from conflictwatch.errors import ServiceError

# How long a master may not answer before its replica takes over (ms); the same in
# docker-compose.cluster.yml.
NODE_TIMEOUT_MS = 2000
SLOTS = 16384
# Every node's cluster settings but its bus port, as docker-compose.cluster.yml runs them.
CLUSTER_ARGS = ("--cluster-enabled", "yes", "--cluster-node-timeout", str(NODE_TIMEOUT_MS))


class RedisClusterNodes:
    def __init__(self, workdir: Path, masters: int = 3) -> None:
        self.workdir = workdir
        # Client and bus ports chosen together, so all different; the bus port is
        # given too, as the default (port + 10000) may not exist.
        ports = free_ports(4 * masters)
        self.nodes = [
            RedisServer(
                workdir / f"node{n}",
                port=ports[2 * n],
                extra_args=[*CLUSTER_ARGS, "--cluster-port", str(ports[2 * n + 1])],
            )
            for n in range(2 * masters)
        ]

    @property
    def url(self) -> str:
        """Any node is a seed: the client learns the others from it."""
        return f"redis+cluster://127.0.0.1:{self.nodes[0].port}"

    def start(self, timeout: float = 60.0) -> None:
        cli = require_binary("redis-cli", "install it with: apt-get install -y redis-tools")
        try:
            for node in self.nodes:
                node.start()
            self._create(cli, timeout)
            self.wait_healthy(timeout)
        except BaseException:
            self.stop()
            raise

    def _create(self, cli: str, timeout: float) -> None:
        addresses = [f"127.0.0.1:{node.port}" for node in self.nodes]
        created = subprocess.run(
            [cli, "--cluster", "create", *addresses, "--cluster-replicas", "1", "--cluster-yes"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if created.returncode != 0:
            raise ServiceError(f"redis-cli --cluster create failed:\n{created.stdout}{created.stderr}")

    def wait_healthy(self, timeout: float) -> None:
        """Until every node sees all slots served and every replica is in sync."""
        deadline = time.monotonic() + timeout
        while not self._healthy():
            if time.monotonic() > deadline:
                raise ServiceError(f"Redis Cluster not healthy after {timeout:.0f}s; logs in {self.workdir}")
            time.sleep(0.2)

    def _healthy(self) -> bool:
        """All slots served, every replica in sync, and every node seeing the same
        masters and replicas: a node that has not yet heard of the last failover
        ignores the next one's request (and Redis gives a manual failover up after
        5 s)."""
        replicas_up = 0
        views = set()
        for node in self.nodes:
            with self.admin(node) as client:
                state = client.cluster("INFO")
                replication = client.info("replication")
                nodes = client.cluster("NODES")
            if state.get("cluster_state") != "ok" or int(state.get("cluster_slots_ok", 0)) != SLOTS:
                return False
            replicas_up += replication.get("master_link_status") == "up"
            views.add(
                frozenset(
                    (address, "master" in seen["flags"], seen["master_id"], seen["connected"])
                    for address, seen in nodes.items()
                )
            )
        return replicas_up == len(self.nodes) // 2 and len(views) == 1

    def role(self, node: RedisServer) -> dict[str, object]:
        with self.admin(node) as client:
            return dict(client.info("replication"))

    def masters(self) -> list[RedisServer]:
        return [node for node in self.nodes if self.role(node)["role"] == "master"]

    def fail_over(self, master: RedisServer, timeout: float = 30.0) -> RedisServer:
        """A manual failover (CLUSTER FAILOVER on the master's replica): the master
        stops taking writes, the replica catches up with it and takes its slots, so
        no acknowledged write is lost. Returns the new master once every node sees
        all slots served again and the old master follows it."""
        [replica] = [node for node in self.nodes if self.role(node).get("master_port") == master.port]
        with self.admin(replica) as client:
            client.cluster("FAILOVER")
        deadline = time.monotonic() + timeout
        while self.role(replica)["role"] != "master" or self.role(master).get("master_port") != replica.port:
            if time.monotonic() > deadline:
                raise ServiceError(f"failover of 127.0.0.1:{master.port} not done after {timeout:.0f}s")
            time.sleep(0.1)
        self.wait_healthy(max(1.0, deadline - time.monotonic()))
        return replica

    @staticmethod
    def admin(node: RedisServer) -> redis.Redis:
        """A client of this one node (not of the cluster), for commands about the node."""
        return redis.Redis.from_url(node.url, socket_timeout=5, decode_responses=True)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()
