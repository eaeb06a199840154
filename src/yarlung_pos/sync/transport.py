"""The HTTP side of sync shared by its modules (:mod:`~yarlung_pos.sync.client`,
:mod:`~yarlung_pos.sync.orders`): the client verifying the server's certificate, and every
failure turned into one :class:`SyncError` with its reason."""

from __future__ import annotations


class SyncError(Exception):
    """Sync could not run or finish; ``str()`` is one line for the user.  ``reason`` says what
    kind of failure it was, for a screen to explain it in the user's language: one of
    :data:`SYNC_ERROR_REASONS` (``"other"`` when not known)."""

    def __init__(self, message: str = "", reason: str = "other"):
        super().__init__(message)
        self.reason = reason


#: ``SyncError.reason``: ``address`` (not an http(s) address), ``unreachable`` (no connection
#: or no answer in time), ``certificate`` (TLS certificate or CA file problem), ``refused``
#: (code or token not accepted), ``not_server`` (something else answers at the address),
#: ``server`` (the server refused for another reason), ``other``
SYNC_ERROR_REASONS = ("address", "unreachable", "certificate", "refused", "not_server", "server", "other")


def _client(server_url: str, ca_file: str | None, timeout: float = 20.0):
    """An HTTP client that verifies the server's certificate (against ``ca_file`` if given).
    Raises :class:`SyncError` for a CA file that is missing or not PEM."""
    import ssl

    import httpx
    try:
        verify = ssl.create_default_context(cafile=ca_file) if ca_file else True
    except (OSError, ssl.SSLError) as exc:
        raise SyncError(f"cannot use the CA file {ca_file}: {getattr(exc, 'strerror', None) or exc}",
                        "certificate") from None
    return httpx.Client(base_url=server_url.rstrip("/"), verify=verify, timeout=timeout)


def _http_error(exc) -> SyncError:
    import httpx
    if isinstance(exc, httpx.HTTPStatusError):
        try:
            detail = exc.response.json().get("detail")
        except (ValueError, AttributeError):
            detail = None
        if not isinstance(detail, str) or not detail:
            detail = ("not a Yarlung county server at this address? Give the server's base address, "
                      "e.g. https://county.example:8000")
        detail = " ".join(detail.split())[:300]
        hint = {401: "" if exc.request.url.path.endswith("/enrol") else " — this terminal's token is not accepted; enrol it again",
                403: " — check the terminal's code and the server address",
                413: " — the batch was too large"}.get(exc.response.status_code, "")
        status = exc.response.status_code
        reason = ("refused" if status in (401, 403) else "not_server" if status in (404, 405) or
                  not isinstance(_detail_of(exc.response), str) else "server")
        return SyncError(f"the server refused ({status}): {detail}{hint}", reason)
    if isinstance(exc, httpx.ConnectError):
        import ssl
        cause, certificate = exc, False
        while cause is not None and not certificate:
            certificate = isinstance(cause, ssl.SSLError) or "CERTIFICATE" in str(cause).upper()
            cause = cause.__cause__ or cause.__context__
        return SyncError(f"cannot reach the server: {exc}", "certificate" if certificate else "unreachable")
    if isinstance(exc, httpx.TimeoutException):
        return SyncError("the server did not answer in time", "unreachable")
    if isinstance(exc, ValueError):  # an answer that is not the protocol's JSON
        return SyncError(f"sync failed: {exc}", "not_server")
    return SyncError(f"sync failed: {exc}")


def _detail_of(response):
    try:
        return response.json().get("detail")
    except (ValueError, AttributeError):
        return None
