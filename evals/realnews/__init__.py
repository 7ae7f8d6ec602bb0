"""Real-news development set (issue 11): select.py, convert.py, load.py -- stdlib only."""
