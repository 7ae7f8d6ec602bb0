"""What every layer shares: configuration, errors, Arabic text handling and the bilingual registry.

Modules: :mod:`marsad.core.config` (one frozen settings object, flag > env > default),
:mod:`marsad.core.errors` (one exception root), :mod:`marsad.core.arabic` (normalisation,
sentences, clitics) and :mod:`marsad.core.lexicon` (actors, places, glossary as data). It imports
only :mod:`marsad.schemas` from the project (layer contract in ``pyproject.toml``).
"""
