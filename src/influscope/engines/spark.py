"""PySpark over a lake: the store's canonical tables exported as Parquet, one folder per table.

Spark runs in local mode here (`local[2]`); a cluster master is for later. The session reads
naive timestamps as naive (`TIMESTAMP_NTZ`) and works in UTC, as the store does.
"""

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import ibis
from ibis.backends import BaseBackend
from pyspark.errors import PySparkRuntimeError
from pyspark.sql import SparkSession

from influscope.engines.errors import EngineUnavailable

LOCAL_MASTER = "local[2]"
_LOG_CONFIG = Path(__file__).with_name("log4j2.properties")
_JAVA_OPTIONS = "spark.driver.extraJavaOptions"
SETTINGS = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    # KPI queries shuffle small aggregates; Spark's default of 200 partitions is for clusters.
    "spark.sql.shuffle.partitions": "4",
    "spark.sql.session.timeZone": "UTC",
    # Results reach Python as Arrow batches rather than row by row.
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    # Parquet timestamps written without a zone (isAdjustedToUTC=false) stay naive UTC.
    # https://spark.apache.org/docs/latest/sql-data-sources-parquet.html#configuration
    "spark.sql.parquet.inferTimestampNTZ.enabled": "true",
    # A local session must not bind to whatever address the host name resolves to.
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.driver.host": "127.0.0.1",
}


def _java() -> str | None:
    # spark-class runs $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from the PATH.
    home = os.environ.get("JAVA_HOME")
    if home:
        java = Path(home) / "bin" / "java"
        return str(java) if java.exists() else None
    return shutil.which("java")


def local_session(
    master: str = LOCAL_MASTER, *, settings: Mapping[str, str] | None = None
) -> SparkSession:
    """The process's Spark session, started on first use (seconds) and reused after.

    `settings` override `SETTINGS`; those Spark reads at start-up are ignored by a session
    that is already running, SQL settings apply to it too.
    """
    if _java() is None:
        raise EngineUnavailable(
            "Spark needs Java 17 or newer and none was found: install a JRE "
            "(Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME."
        )
    conf = {**SETTINGS, **(settings or {})}
    if _LOG_CONFIG.exists():
        options = [conf.get(_JAVA_OPTIONS), f"-Dlog4j2.configurationFile={_LOG_CONFIG.as_uri()}"]
        conf[_JAVA_OPTIONS] = " ".join(option for option in options if option)
    builder = SparkSession.builder.master(master).appName("influscope")
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except PySparkRuntimeError as error:
        raise EngineUnavailable(
            f"Spark did not start ({error}). It needs Java 17 or newer; "
            "see the Java output above for the cause."
        ) from error
    session.sparkContext.setLogLevel("ERROR")
    return session


def table_folders(lake: Path) -> list[Path]:
    """The lake's table folders; names starting with `.` or `_` are staging and metadata."""
    if not lake.is_dir():
        raise FileNotFoundError(f"No lake folder at {lake}.")
    folders = sorted(
        path for path in lake.iterdir() if path.is_dir() and not path.name.startswith((".", "_"))
    )
    if not folders:
        raise FileNotFoundError(f"The lake {lake} holds no tables: export the store into it first.")
    return folders


def register_lake(session: SparkSession, lake: Path) -> list[str]:
    """Each table folder of the lake as a temporary view under the table's name."""
    names = []
    for folder in table_folders(lake):
        session.read.parquet(str(folder)).createOrReplaceTempView(folder.name)
        names.append(folder.name)
    return names


def connect_lake(
    lake: Path, *, master: str = LOCAL_MASTER, settings: Mapping[str, str] | None = None
) -> BaseBackend:
    """An Ibis backend over the lake's tables, in the process's Spark session."""
    table_folders(lake)  # a missing or empty lake is an error before Spark starts
    session = local_session(master, settings=settings)
    register_lake(session, lake)
    return ibis.pyspark.connect(session)
