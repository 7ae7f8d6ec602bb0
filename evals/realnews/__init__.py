"""Real-news development set (issue 11): selection.py, convert.py, load.py -- stdlib only."""
