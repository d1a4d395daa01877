"""Print, as JSON, what setuptools_scm (8 or 9, whichever PYTHONPATH holds) computes for each given commit and branch,
reading the project's own pyproject.toml as `python -m setuptools_scm` does.

Usage: scm8_versions.py REPO BRANCH=SHA ... ; the local part is left out (the
action drops it); null where setuptools_scm fails. Each commit is checked out on
the named branch, since some version schemes read the branch.
"""
import json
import subprocess
import sys
import warnings

from setuptools_scm import Configuration, _get_version

repo, pairs = sys.argv[1], sys.argv[2:]
versions = []
for pair in pairs:
    branch, sha = pair.rsplit("=", 1)
    subprocess.run(["git", "checkout", "-q", "-B", branch, sha], cwd=repo, check=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            try:
                config = Configuration.from_file(f"{repo}/pyproject.toml", _require_section=False)
            except TypeError:  # setuptools_scm 9 has no _require_section (the file has the section)
                config = Configuration.from_file(f"{repo}/pyproject.toml")
            config.local_scheme = "no-local-version"
            versions.append(_get_version(config, force_write_version_files=False))
        except Exception:
            versions.append(None)
print(json.dumps(versions))
