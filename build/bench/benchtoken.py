"""The benchmarks' bearer token: HS256-signed with the key the benchmark API was started with.

One place for all three benchmarks (bench.py and feed.py import it; shell scripts run it:
`python3 build/bench/benchtoken.py KEY "SCOPES"` prints the token). Standard library only.
"""
import base64, hashlib, hmac, json, sys, time

ADMINISTRATOR = "samenwerking.read samenwerking.write samenwerking.admin"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(key: str, scope: str = ADMINISTRATOR, lifetime_seconds: int = 7200) -> str:
    now = int(time.time())
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = _b64(json.dumps({"iss": "bench", "aud": "samenwerking-api", "sub": "bench", "name": "Benchmark",
                              "scope": scope, "nbf": now - 60, "exp": now + lifetime_seconds}).encode())
    signature = _b64(hmac.new(key.encode(), f"{header}.{claims}".encode(), hashlib.sha256).digest())
    return f"{header}.{claims}.{signature}"


if __name__ == "__main__":
    print(token(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ADMINISTRATOR))
