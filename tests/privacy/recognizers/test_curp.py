from sufragio.privacy.recognizers.curp import MxCurpRecognizer
from tests.privacy.recognizers.helpers import found


def test_valid_curp_in_any_case_scores_one():
    recognizer = MxCurpRecognizer()
    text = "curp VICR850503MDFLRS06 y la de mi papá capp580612hynncd09"
    results = recognizer.analyze(text, ["CURP"], None)
    assert [text[r.start : r.end] for r in results] == ["VICR850503MDFLRS06", "capp580612hynncd09"]
    assert all(r.score == 1.0 for r in results)


def test_wrong_check_digit_is_kept_at_lower_confidence():
    results = MxCurpRecognizer().analyze("CURP VICR850503MDFLRS07", ["CURP"], None)
    assert len(results) == 1 and 0.5 <= results[0].score < 1.0


def test_not_a_curp():
    assert found(MxCurpRecognizer(), "folio ABCD123456XYZ y la clave 1234") == []
