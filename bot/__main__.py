"""`python -m bot`: load .env (here only), then hand over to the command line."""

import sys

from dotenv import load_dotenv

from bot.cli import main

if __name__ == "__main__":
    load_dotenv()
    sys.exit(main())
