"""A small package whose version comes from git, through setuptools_scm."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dev-release-example")
except PackageNotFoundError:  # not installed
    __version__ = "0+unknown"


def greet(name: str) -> str:
    return f"Hello {name}, from dev-release-example {__version__}"
