import sys

from toponyms.cli import main

sys.exit(main())
