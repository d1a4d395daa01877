"""An example service: prints its own version, which setuptools_scm took from git."""

from importlib.metadata import version


def main() -> None:
    print(f"brewery-service {version('brewery-service')}")
