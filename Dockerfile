# The conflictwatch image: worker, API, producers, demo receiver (one CLI).
FROM python:3.11.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --create-home --uid 10001 conflictwatch
WORKDIR /app

COPY pyproject.toml README.md ./
COPY conflictwatch ./conflictwatch
COPY producers ./producers
COPY streams ./streams
COPY alerts ./alerts
RUN pip install .
COPY tests/data/seed-2021-05-20.jsonl /app/demo/seed-2021-05-20.jsonl

USER conflictwatch
EXPOSE 6066 8080
ENTRYPOINT ["conflictwatch"]
CMD ["--help"]
