"""Framework-free text tools shared by sufragio's domain apps.

Kept free of Django so that search indexes, benchmarks and scripts can use the same
normalisation, Spanish analysis and sentence embeddings as the web app, and so that a change
in one of them changes every consumer at once.
"""
