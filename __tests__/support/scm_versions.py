"""Print, as JSON, what Debian's setuptools_scm computes for each given commit.

Usage: scm_versions.py REPO SHA... ; null where setuptools_scm fails.
The commits are checked out one by one (setuptools_scm reads HEAD).
"""
import json
import subprocess
import sys
import warnings

from setuptools_scm import get_version

repo, shas = sys.argv[1], sys.argv[2:]
versions = []
for sha in shas:
    subprocess.run(["git", "checkout", "-q", "--detach", sha], cwd=repo, check=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            versions.append(get_version(root=repo, local_scheme="no-local-version"))
        except Exception:
            versions.append(None)
print(json.dumps(versions))
