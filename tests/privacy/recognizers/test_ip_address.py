from sufragio.privacy.recognizers.ip_address import MxIpAddressRecognizer
from tests.privacy.recognizers.helpers import found


def test_ipv4_and_ipv6():
    text = "accesos desde la dirección 189.203.45.17 y desde 2001:db8::1 anoche"
    assert found(MxIpAddressRecognizer(), text) == ["189.203.45.17", "2001:db8::1"]


def test_invalid_octets_and_versions_are_ignored():
    assert found(MxIpAddressRecognizer(), "versión 999.1.2.3 del sistema, 1.2.3") == []
