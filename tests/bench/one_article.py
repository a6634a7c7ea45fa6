"""Facts and questions of the sample article, once, with the quizgen of the checkout given: a whole
process to time two checkouts against each other (see "Extraction speed" in BENCHMARKS.md).

    .venv/bin/python tests/bench/one_article.py CHECKOUT
"""

import sys
from pathlib import Path

checkout = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(checkout))

from quizgen.load import load_path  # noqa: E402
from quizgen.pipeline import process_document  # noqa: E402

process_document(load_path(checkout / "seeds" / "battle-of-shusha-2020.md"))
