"""Reading: from a pasted link or a file to an Article.

URL checks, the address guard, fetching and extraction.
"""
