"""nbclient runs a tutorial-like notebook on the awish kernel: frames, plots, an error cell
(allow_errors), a model saved and loaded, a spectrogram; each output has the expected MIME types."""
import os
import subprocess
import sys

import kernelspec
import nbformat
from nbclient import NotebookClient

workspace = os.path.join(kernelspec.ROOT, "workspace")
cells = [
    nbformat.v4.new_markdown_cell("# Penguins, briefly"),
    nbformat.v4.new_code_cell(f'ws = init_workspace("{workspace}")\nprint(ws.root)'),
    nbformat.v4.new_code_cell(
        'birds = frame(mass=[3.1, 3.3, 5.0, 5.2, 3.0, 5.1], '
        'species=["a", "a", "b", "b", "a", "b"])\nbirds'),
    nbformat.v4.new_code_cell('plot([1, 4, 9, 16], title="squares")'),
    nbformat.v4.new_code_cell("print(birds)"),
    nbformat.v4.new_code_cell("birds |> where(.temprature > 2)"),
    nbformat.v4.new_code_cell(
        'model = fit(naive_bayes(), birds, target="species")\nevaluate(model, birds)'),
    nbformat.v4.new_code_cell(
        'saved = save_model(model, "birds", workspace=ws.root)\n'
        'load_model("birds", workspace=ws.root).classes'),
    nbformat.v4.new_code_cell(
        "s = signal([0, 1, 0, -1, 0, 1, 0, -1, 0, 1, 0, -1, 0, 1, 0, -1], rate=8)\n"
        "specshow(spectrogram(s, nperseg=8, noverlap=4))"),
]
notebook = nbformat.v4.new_notebook(cells=cells)
notebook.metadata["kernelspec"] = {"name": kernelspec.KERNEL, "display_name": "awish",
                                   "language": "awi"}
NotebookClient(notebook, timeout=120, kernel_name=kernelspec.KERNEL, allow_errors=True).execute()


def kinds(index):
    """(output_type, sorted MIME types) of one cell's outputs."""
    return [(o["output_type"], sorted(o.get("data", {}))) for o in notebook.cells[index].outputs]


expected = {
    1: [("stream", [])],
    2: [("execute_result", ["text/html", "text/plain"])],
    3: [("execute_result", ["image/png", "image/svg+xml", "text/plain"])],
    4: [("display_data", ["text/html", "text/plain"])],
    5: [("error", [])],
    6: [("execute_result", ["text/html", "text/plain"])],
    7: [("execute_result", ["text/plain"])],
    8: [("execute_result", ["image/png", "image/svg+xml", "text/plain"])],
}
failures = [f"cell {i}: {kinds(i)} != {want}" for i, want in expected.items() if kinds(i) != want]
error = notebook.cells[5].outputs[0]
if "temprature" not in error["evalue"] or "\x1b[" in "\n".join(error["traceback"]):
    failures.append(f"error cell: {error}")
if not any(line.startswith(" --> In [5]:1:") for line in error["traceback"]):
    failures.append(f"the error is not located in its cell: {error['traceback']}")
if notebook.cells[7].outputs[0]["data"]["text/plain"] != '["a", "b"]':
    failures.append(f"loaded classes: {notebook.cells[7].outputs}")
if notebook.cells[3].outputs[0]["data"]["image/png"][:8] != "iVBORw0K":
    failures.append("the PNG is not base64 PNG data")
if [c.execution_count for c in notebook.cells[1:]] != list(range(1, 9)):
    failures.append(f"execution counts: {[c.execution_count for c in notebook.cells]}")

# awish convert: the notebook to a '# %%' script and back gives a valid notebook with the same
# cells and no outputs, which runs again.
executed = os.path.join(kernelspec.ROOT, "tour.ipynb")
nbformat.write(notebook, executed)
binary = os.environ["AWISH_BINARY"]
subprocess.run([binary, "convert", executed, "-o", executed[:-6] + ".awi"], check=True)
script = open(executed[:-6] + ".awi").read()
if "# %% [markdown]\n# # Penguins, briefly\n" not in script or "iVBORw0K" in script:
    failures.append(f"converted script:\n{script}")
subprocess.run([binary, "convert", executed[:-6] + ".awi", "-o", executed[:-6] + ".back.ipynb"],
               check=True)
back = nbformat.read(executed[:-6] + ".back.ipynb", as_version=4)
nbformat.validate(back)
if [c.source for c in back.cells] != [c.source for c in notebook.cells]:
    failures.append("the round trip changed the cells' sources")
if any(c.get("outputs") for c in back.cells):
    failures.append("the round trip kept outputs")
print("\n".join(failures) or "notebook ran with the expected outputs")
sys.exit(1 if failures else 0)
