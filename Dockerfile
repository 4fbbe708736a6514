# Search spaces ship inside the packages (mount your own and set FBLBENCH_SPACES_DIR to
# overlay them). CUDA-capable image: the PyTorch wheels from PyPI bundle the CUDA runtime, so a slim
# Python base plus an NVIDIA driver on the host (docker run --gpus all) is enough.
FROM python:3.11-slim

ENV PIP_NO_CACHE_DIR=1 \
    PYTHONUNBUFFERED=1 \
    FBLBENCH_DATA_DIR=/data \
    FBLBENCH_RUNS_DIR=/runs \
    FBLBENCH_CACHE_DIR=/cache

WORKDIR /opt/fblbench
COPY pyproject.toml README.md ./
COPY fblbench ./fblbench
COPY baselines ./baselines
RUN pip install ".[postgres]"

VOLUME ["/data", "/runs", "/cache"]
ENTRYPOINT ["fblbench"]
CMD ["sweep", "--dataset", "eurosat", "--trials", "100", "--budget", "paper", "--download"]
