"""Where spaCy runs: only on capitalised text the rules could not explain, in batches."""

from sufragio.privacy.nlp import WindowTagger, name_windows


def test_windows_skip_text_claimed_by_patterns_and_lexicon_names():
    text = "Lo firmó Tlacaélel Xicoténcatl Tzompa ayer."
    (window,) = name_windows(text)
    assert "Tlacaélel Xicoténcatl Tzompa" in text[window[0] : window[1]]
    start = text.index("Tlacaélel")
    assert name_windows(text, covered=[(start, start + 28)]) == []
    assert name_windows("Lo firmó Teodoro Samaniego Urías.") == []  # the lexicon has it
    assert name_windows("el Consejo General del Instituto Nacional Electoral") == []


def test_batched_tagging_equals_one_text_at_a_time():
    tagger = WindowTagger()
    texts = [
        "Atendí a Tlacaélel Xicoténcatl Tzompa en la ventanilla.",
        "Sin nombres aquí.",
        "Me escribió Nezahualcóyotl Cuatecontzi Mixcoatl ayer.",
    ]
    covered = [[], [], []]
    together = tagger.entities(texts, covered)
    apart = [tagger.entities([t], [[]])[0] for t in texts]
    assert together == apart
    assert together[1] == []
