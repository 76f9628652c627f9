"""The worker's Kafka consumer: Faust's aiokafka consumer, its fetch wait cut short.

Faust builds its aiokafka consumer with `fetch_max_wait_ms=1500`, not a setting.
aiokafka keeps one fetch request in flight per broker. When records it fetched for
the busy partitions are still waiting to be taken after its prefetch backoff (0.1 s:
the worker was busy with a batch), it asks that broker for the other partitions
alone, the quiet coverage and alerts topics, and the broker holds such a request
for the whole wait if they stay empty. Until it answers nothing more is fetched from
that broker, however many events arrive. At 1,000 events/s this stopped the worker
reading for a second and more at a time, with its event loop idle: fetches came back
empty after 1 s, the next with 1,700-3,800 records 1.8-4 s old.

A short wait bounds that stall; the cost is a fetch request every FETCH_MAX_WAIT_MS
per broker while the topics are quiet.
"""

from __future__ import annotations

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TransportT

FETCH_MAX_WAIT_MS = 50


class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):  # type: ignore[misc]  # faust is untyped here (mypy skips it)
    def _create_worker_consumer(self, transport: faust_aiokafka.Transport) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Read when the consumer starts and builds its fetcher; Faust passes no other way in.
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class Consumer(faust_aiokafka.Consumer):  # type: ignore[misc]  # faust is untyped here (mypy skips it)
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(faust_aiokafka.Transport):  # type: ignore[misc]  # faust is untyped here (mypy skips it)
    Consumer = Consumer


class App(faust.App):  # type: ignore[misc]  # faust is untyped here (mypy skips it)
    """A Faust app whose consumer is the one above (the producer is Faust's own)."""

    def _new_transport(self) -> TransportT:
        return Transport(self.conf.broker_consumer, self)
