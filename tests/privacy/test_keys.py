import stat

from cryptography.fernet import Fernet

from sufragio.privacy import keys


def test_generated_key_file_is_private_and_stable(tmp_path, monkeypatch):
    monkeypatch.setenv("SUFRAGIO_HOME", str(tmp_path))
    monkeypatch.delenv("SUFRAGIO_REDACTION_KEY", raising=False)
    keys.fernet.cache_clear()
    try:
        token = keys.fernet().encrypt(b"x")
        path = tmp_path / "redaction.key"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        keys.fernet.cache_clear()
        assert keys.fernet().decrypt(token) == b"x"
    finally:
        keys.fernet.cache_clear()


def test_configured_key_is_used(monkeypatch):
    key = Fernet.generate_key()
    monkeypatch.setenv("SUFRAGIO_REDACTION_KEY", key.decode())
    keys.fernet.cache_clear()
    try:
        assert Fernet(key).decrypt(keys.fernet().encrypt(b"y")) == b"y"
    finally:
        keys.fernet.cache_clear()
