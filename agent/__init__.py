"""Filling the schemas and answering questions: the offline extractor, the LLM path, QA."""
