"""Every regex and vocabulary kamerstuk uses, each with a comment and a real-style example.

One module per concern (structure, citations, dates, commitments, recommendations), all
in this one package, so there is one place to look and to change.
"""
