"""A datatrove pipeline with unboil: JSONL reader → UnboilFilter → JSONL writer.

    pip install '.[datatrove]'
    python examples/datatrove_pipeline.py [INPUT_DIR] [OUTPUT_DIR]

Without arguments it writes a small sample (examples/article.txt and two other
documents) to a temporary folder and cleans that. On a cluster, replace
LocalPipelineExecutor by SlurmPipelineExecutor or RayPipelineExecutor: nothing else
changes (see docs/python.md).
"""

import json
import sys
import tempfile
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from unboil.datatrove import UnboilFilter


def sample(folder: Path) -> None:
    article = (Path(__file__).parent / "article.txt").read_text(encoding="utf-8")
    docs = [
        {"id": "article", "url": "https://example.com/wildfire", "text": article},
        {"id": "chrome", "text": "Subscribe to our newsletter\nShare this article\nRead more\n"},
        {"id": "news", "text": "The council voted 7-2 on Tuesday to expand the bus network, the mayor said.\n"},
    ]
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "sample.jsonl", "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="unboil-datatrove-"))
    if len(sys.argv) > 1:
        source = Path(sys.argv[1])
    else:
        source = work / "in"
        sample(source)
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else work / "out"
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            UnboilFilter(drop_empty=True, exclusion_writer=JsonlWriter(str(work / "dropped"))),
            JsonlWriter(str(target)),
        ],
        tasks=1,
        logging_dir=str(work / "logs"),
    ).run()
    print(f"cleaned documents: {target}", file=sys.stderr)
    print(f"dropped documents: {work / 'dropped'}", file=sys.stderr)
    print(f"stats: {work / 'logs' / 'stats.json'}", file=sys.stderr)


if __name__ == "__main__":
    main()
