"""Print, as JSON, what setuptools_scm (8 or 9, whichever PYTHONPATH holds) computes for each given commit and branch,
reading the project's own pyproject.toml as `python -m setuptools_scm` does.

Usage: scm_versions.py REPO BRANCH=SHA ... ; the local part is left out (the
action drops it); null where setuptools_scm fails. Each commit is checked out on
the named branch, since some version schemes read the branch.

Where REPO has a setup.py, it is run with setuptools.setup() replaced, and its use_scm_version={...} is passed
over the pyproject settings, as setuptools_scm's setup() keyword does. SCM_PYPROJECT names another file to read
the settings from (a table setuptools_scm 10 reads, renamed for the 8 or 9 installed here).
"""
import json
import os
import runpy
import subprocess
import sys
import warnings

from setuptools_scm import Configuration, _get_version

repo, pairs = sys.argv[1], sys.argv[2:]
pyproject = os.environ.get("SCM_PYPROJECT", f"{repo}/pyproject.toml")


def setup_py_settings():
    """What setup.py passes as use_scm_version, by running it with setup() replaced."""
    if not os.path.exists(f"{repo}/setup.py"):
        return {}
    import setuptools

    given = {}
    real = setuptools.setup
    setuptools.setup = lambda **kwargs: given.update(kwargs)
    try:
        runpy.run_path(f"{repo}/setup.py", run_name="__main__")
    finally:
        setuptools.setup = real
    value = given.get("use_scm_version")
    value = value() if callable(value) else value
    return value if isinstance(value, dict) else {}


keywords = setup_py_settings()
versions = []
for pair in pairs:
    branch, sha = pair.rsplit("=", 1)
    subprocess.run(["git", "checkout", "-q", "-B", branch, sha], cwd=repo, check=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            try:
                config = Configuration.from_file(pyproject, _require_section=False, **keywords)
            except TypeError:  # setuptools_scm 9 has no _require_section (the file has the section)
                config = Configuration.from_file(pyproject, **keywords)
            config.local_scheme = "no-local-version"
            versions.append(_get_version(config, force_write_version_files=False))
        except Exception:
            versions.append(None)
print(json.dumps(versions))
