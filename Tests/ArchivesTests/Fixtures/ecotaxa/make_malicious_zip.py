# Makes malicious.zip: a valid EcoTaxa TSV plus an entry named ../escaped.txt that would be
# written outside the extraction folder. Run: python3 make_malicious_zip.py
import zipfile

with zipfile.ZipFile("malicious.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("sample/ecotaxa_sample.tsv", "object_id\tobject_lat\n[t]\t[f]\na\t1.5\n")
    archive.writestr("../escaped.txt", "this must never be written\n")
