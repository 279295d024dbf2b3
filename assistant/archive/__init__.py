"""The archive as documents with lives: relations between documents, validity, areas, periods.

``citations/`` stays the pure grammar of document numbers; this package reads what
documents do to each other and to the world: which documents a text rests on, amends,
replaces or repeals (``relations``), each document's life and status as of a date
(``validity``), and its profile: reform areas, the period it concerns, the instrument
it issues (``profiles``). Pure like ``citations/``: no LangChain, Chroma or Gradio here.
"""
