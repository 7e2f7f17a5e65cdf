"""Understanding: the spaCy pipeline and its components, gazetteer, players, positions."""
