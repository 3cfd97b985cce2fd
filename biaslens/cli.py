"""The ``biaslens`` command: parse options, call the library, print a summary, set the exit code.

Exit codes (stable, for scripts and cron):

* 0 — everything worked;
* 1 — partial failure: the report was written, but some inputs could not be used (listed);
* 2 — bad usage or settings;
* 3 — nothing to do: no usable article in the inputs;
* 4 — internal error (a bug: please report the one-line message);
* 5 — ``biaslens run`` only: another run is in progress and did not finish within ``lock_timeout``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer

from .errors import BiaslensError, NothingToDoError, SettingsError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_NOTHING, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_BUSY = 5

app = typer.Typer(
    name="biaslens",
    help="Compare how news outlets covered the same event: tone, hedging, quotes, readability and "
    "cross-outlet details, each number shown with the sentences that produced it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: rich markup would eat "[run]" and "[[sources]]" in option help, and typer's
    # rich panels print "<bool>" beside every flag as if it took a value.
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from .app import package_version

        typer.echo(f"biaslens {package_version('biaslens')}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print biaslens's version and exit."
    ),
) -> None:
    """Compare how news outlets covered the same event, with the evidence."""


def _error(message: str) -> None:
    typer.echo(f"biaslens: {message}", err=True)


def _progress(total: int):  # type: ignore[no-untyped-def]
    """A progress callback: a live bar on a terminal, nothing when output is piped or in CI."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None, None
    from rich.progress import Progress

    progress = Progress(transient=True)
    task = progress.add_task("analysing", total=total)

    def advance(source: str) -> None:
        progress.update(task, advance=1, description=f"analysing {source}")

    return progress, advance


# Shared by `report` and `run`: where the work runs (biaslens.parallel).
JOBS = typer.Option(
    None, "--jobs", "-j", help="Worker processes (default: every core); 1 runs everything in this process. Output is the same."
)
SCHEDULER = typer.Option(
    "processes", "--scheduler", help="Where work runs: 'processes' (this machine) or 'dask' (a Dask cluster; needs the optional dask extra of biaslens)."
)
DASK_ADDRESS = typer.Option(
    None, "--dask-address", help="Address of a running dask.distributed scheduler (tcp://host:8786); default: a local cluster."
)


@app.command()
def report(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Article files or folders of articles (default: the bundled seeds)."
    ),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="Folder for report.md, report.json, features.csv and charts/ (default: reports/<story slug>)."
    ),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Settings file (default: ./biaslens.toml if present)."),
    extractor: Optional[List[str]] = typer.Option(
        None, "--extractor", "-e", help="Run only this extractor (repeatable; default: all). See `biaslens extractors`."
    ),
    blind: bool = typer.Option(
        False, "--blind", help="Hide the outlets: call them Outlet A, Outlet B ... everywhere (names, files, text); "
        "the key goes to answer_key.md.",
    ),
    split: bool = typer.Option(
        False, "--split", help="When the articles are about several events, write one report per event, "
        "each in its own folder under --out (default reports/).",
    ),
    jobs: Optional[int] = JOBS,
    scheduler: str = SCHEDULER,
    dask_address: Optional[str] = DASK_ADDRESS,
) -> None:
    """Analyse a folder of articles about one event and write a side-by-side report.

    Writes report.md, report.html (the articles with their evidence highlighted, for a class),
    worksheet.md with worksheet_answers.md, report.json, features.csv and charts/.
    """
    from .app import bundled_seeds, report_from_paths
    from .report import write_files
    from .parallel import Plan
    from .settings import load_settings

    settings = load_settings(config, extractor)
    plan = Plan(jobs, scheduler, dask_address)
    inputs = list(paths) if paths else [bundled_seeds()]
    if split:
        _report_split(inputs, settings, out, blind)
        return
    progress, advance = _progress(total=sum(1 for p in inputs for _ in (p.iterdir() if p.is_dir() else [p])))
    if progress is not None:
        with progress:
            result = report_from_paths(inputs, settings, advance, blind=blind, plan=plan)
    else:
        result = report_from_paths(inputs, settings, blind=blind, plan=plan)
    target = out if out is not None else Path("reports") / result.analysis.story.slug
    write_files(result.files, target)
    for warning in result.warnings:
        _error(f"warning: {warning}")
    for problem in result.problems:
        _error(f"skipped {problem}")
    n = len(result.analysis.articles)
    typer.echo(f"Analysed {n} article{'s' if n != 1 else ''}; report written to {target / 'report.md'}")
    typer.echo(f"For a class: {target / 'report.html'}, {target / 'worksheet.md'} (answers: worksheet_answers.md)")
    if blind:
        typer.echo(f"Blind mode: outlets are hidden; the key is in {target / 'answer_key.md'} (teacher only)")
    if result.problems:
        raise typer.Exit(EXIT_PARTIAL)


def _report_split(inputs: List[Path], settings: Any, out: Optional[Path], blind: bool) -> None:
    """``biaslens report --split``: one report per event found among the inputs."""
    from .app import reports_by_event
    from .report import write_files

    runs = reports_by_event(inputs, settings, blind=blind)
    base = out if out is not None else Path("reports")
    for run in runs:
        target = base / run.analysis.story.slug
        write_files(run.files, target)
        n = len(run.analysis.articles)
        typer.echo(f"Event {run.analysis.story.title!r}: {n} article{'s' if n != 1 else ''}; report written to {target / 'report.md'}")
    problems = runs[0].problems
    for warning in runs[0].warnings:
        _error(f"warning: {warning}")
    for problem in problems:
        _error(f"skipped {problem}")
    typer.echo(f"{len(runs)} event{'s' if len(runs) != 1 else ''}, one report each")
    if problems:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("run")
def run_command(
    config: Optional[Path] = typer.Option(
        None, "--config", "-c", help="Settings file with [run] and [[sources]] (default: ./biaslens.toml)."
    ),
    jobs: Optional[int] = JOBS,
    scheduler: str = SCHEDULER,
    dask_address: Optional[str] = DASK_ADDRESS,
) -> None:
    """Take in new coverage from the configured sources, group it into stories, update the reports."""
    from .parallel import Plan
    from .scheduled import RunLockedError, run
    from .settings import load_settings

    plan = Plan(jobs, scheduler, dask_address)
    settings = load_settings(config)
    if not settings.sources:
        raise SettingsError(f"{settings.source or 'settings'}: no [[sources]] configured; see README, 'Scheduled runs'")
    try:
        result = run(settings, log=lambda line: _error(line), plan=plan)
    except RunLockedError as error:
        _error(f"error: {error}")
        raise typer.Exit(EXIT_BUSY)
    typer.echo(
        f"Run {result.run_id}: {result.new} new, {result.revised} edited, {result.duplicates} duplicate, "
        f"{result.unchanged} unchanged, {len(result.failures)} failed; {len(result.stories_written)} of "
        f"{result.stories} stories updated; {result.seconds:.2f} s"
    )
    if result.articles == 0:
        raise NothingToDoError("no usable article in any source yet")
    if result.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def explain(
    file: Path = typer.Argument(..., help="One article file (.txt, .md, .html, .json)."),
    feature: Optional[List[str]] = typer.Option(None, "--feature", "-f", help="Show only features starting with this name."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Settings file (default: ./biaslens.toml if present)."),
) -> None:
    """Show one article's scores, each with its evidence highlighted in the text."""
    from rich.console import Console
    from rich.markup import escape

    from .corpus import load_articles, make_story
    from .extractors import build_extractors
    from .pipeline import analyse_story
    from .settings import load_settings

    settings = load_settings(config)
    loaded = load_articles([file])
    if not loaded.articles:
        if loaded.problems:
            raise NothingToDoError(str(loaded.problems[0]))
        raise NothingToDoError(f"{file}: no article found")
    extractors = build_extractors(list(settings.extractors) if settings.extractors else None, settings.extractor_options)
    analysis = analyse_story(make_story(loaded.articles), extractors)
    console = Console(highlight=False, soft_wrap=True)
    specs = {spec.name: spec for spec in analysis.specs}
    for analysed in analysis.articles:
        article = analysed.article
        console.print(f"[bold]{escape(article.title or '(no headline given)')}[/bold]  ({escape(article.outlet)}, from {article.outlet_from})")
        for output in analysed.outputs:
            for score in output.scores:
                if feature and not any(score.name.startswith(prefix) for prefix in feature):
                    continue
                spec = specs[score.name]
                value = "–" if score.value is None else f"{score.value:.2f}"
                console.print(f"\n[bold cyan]{escape(spec.title)}[/bold cyan] = {value}   [dim]{escape(score.name)}[/dim]")
                console.print(f"  {escape(spec.description)}")
                console.print(f"  [italic]{escape(score.explanation)}[/italic]")
                for span in score.evidence[:5]:
                    console.print("  • " + _highlight_in_sentence(article, span) + (f"  [dim]({escape(span.note)})[/dim]" if span.note else ""))


def _highlight_in_sentence(article, span) -> str:  # type: ignore[no-untyped-def]
    from rich.markup import escape

    from .report.context import sentence_around

    start, end = sentence_around(article, span)
    before, inside, after = article.text[start : span.start], span.text, article.text[span.end : end]
    if start == span.start and end == span.end:
        return escape(inside)
    return f"{escape(before)}[reverse]{escape(inside)}[/reverse]{escape(after)}"


@app.command()
def extractors() -> None:
    """List every registered extractor and the features it scores, with what they mean."""
    from .extractors import extractor_classes

    for name, cls in extractor_classes().items():
        typer.echo(f"{name} (version {cls.version})")
        for spec in cls.features:
            typer.echo(f"  {spec.name}: {spec.description} Higher: {spec.higher_means}. [{spec.unit}]")


@app.command("version")
def show_version() -> None:
    """Print biaslens's version and the versions of the libraries that change scores."""
    from .app import RECORDED_DEPENDENCIES, package_version

    typer.echo(f"biaslens {package_version('biaslens')}")
    for name in RECORDED_DEPENDENCIES:
        typer.echo(f"  {name} {package_version(name)}")


def _usage_message(error: Exception) -> str | None:
    """One line for a command-line usage error from typer's bundled click, else ``None``.

    typer 0.29 ships click inside itself and no longer installs ``click``, so the exception
    classes are recognised by what they carry (``exit_code`` 2 and ``format_message``) rather
    than imported; this also works with older typer releases that use click itself.
    """
    if getattr(error, "exit_code", None) != EXIT_USAGE or not callable(getattr(error, "format_message", None)):
        return None
    message = " ".join(str(error.format_message()).split()) or "missing command"  # type: ignore[attr-defined]
    ctx = getattr(error, "ctx", None)
    command = getattr(ctx, "command_path", "") or "biaslens"
    return f"{message} (see '{command} --help')"


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app and turn every failure into one line and an exit code.

    ``argv`` replaces ``sys.argv[1:]`` (for tests). Exit codes are listed in this module's
    docstring and the README; a bug is exit 4 with one line, and its traceback only with
    ``BIASLENS_DEBUG=1``.
    """
    try:
        # Outside standalone mode click returns an Exit's code instead of raising it.
        code = app(args=argv, standalone_mode=False, prog_name="biaslens")
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except SettingsError as error:
        _error(f"error: {error}")
        sys.exit(EXIT_USAGE)
    except NothingToDoError as error:
        _error(f"error: {error}")
        sys.exit(EXIT_NOTHING)
    except BiaslensError as error:
        _error(f"error: {error}")
        sys.exit(EXIT_PARTIAL)
    except (KeyboardInterrupt, typer.Abort):
        _error("interrupted")
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the promise is: never a raw traceback
        usage = _usage_message(error)
        if usage is not None:
            if type(error).__name__ == "NoArgsIsHelpError":
                # `biaslens` alone asks what the program does: show the help, as --help would.
                ctx = getattr(error, "ctx", None)
                typer.echo(ctx.get_help() if ctx is not None else "biaslens --help lists the commands")
                sys.exit(EXIT_OK)
            _error(f"error: {usage}")
            sys.exit(EXIT_USAGE)
        if os.environ.get("BIASLENS_DEBUG"):
            raise
        _error(f"internal error: {type(error).__name__}: {error} (set BIASLENS_DEBUG=1 for details)")
        sys.exit(EXIT_INTERNAL)
