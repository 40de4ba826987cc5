// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Data versioning benchmark (issue 7), printing `name value unit` lines:
//  - `mlops data add` of a 1 GiB file (hash, copy into the cache, pointer, git, audit)
//    against `sha256sum` of the same file, both with the file in the page cache; the
//    ratio is sha256sum's time over data add's (goal: at least 1);
//  - adding the same file again (the hash index: nothing is read);
//  - a folder of 2,000 files, first add and re-add;
//  - "data status" on a folder of 20,000 tiny files against "git status" on the same
//    files in a plain git repository (the ratio is git's time over ours).

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

const QString kCli = QStringLiteral(MLOPS_CLI_PATH);

void print(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
}

/** Runs a program to its end; milliseconds, or -1 when it failed. */
double timed(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << program << " " << args.join(QLatin1Char(' ')) << " failed: " << p.readAllStandardOutput()
                            << Qt::endl;
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

bool writeRandom(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1 << 20, Qt::Uninitialized);
    QRandomGenerator random(42);
    for (qint64 done = 0; done < bytes;) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(block.size(), bytes - done);
        if (f.write(block.constData(), n) != n)
            return false;
        done += n;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const qint64 size = smoke ? (8LL << 20) : (1LL << 30);
    const int rounds = smoke ? 1 : 3;
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    if (sha256sum.isEmpty()) {
        QTextStream(stderr) << "sha256sum is not installed" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    if (!writeRandom(big, size)) {
        QTextStream(stderr) << "cannot write " << big << Qt::endl;
        return 1;
    }
    const QString label = smoke ? QStringLiteral("8MiB") : QStringLiteral("1GiB");

    // Both read the file from the page cache: warm it once.
    timed(sha256sum, {big});
    QList<double> sums, adds, readds;
    for (int round = 0; round < rounds; ++round) {
        sums.append(timed(sha256sum, {big}));
        // A fresh workspace each round: an empty cache and hash index.
        const QString ws = dir.filePath(QStringLiteral("ws%1").arg(round));
        if (timed(kCli, {QStringLiteral("init"), ws, QStringLiteral("--template"), QStringLiteral("empty")}) < 0)
            return 1;
        const QString data = QDir(ws).filePath(QStringLiteral("data/big.bin"));
        if (!QFile::rename(big, data))
            return 1;
        adds.append(timed(kCli, {QStringLiteral("-C"), ws, QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/big.bin")}));
        readds.append(timed(kCli, {QStringLiteral("-C"), ws, QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/big.bin")}));
        QFile::rename(data, big);
        QDir(QDir(ws).filePath(QStringLiteral(".mlops/cache"))).removeRecursively();   // keep the disk free
    }
    if (sums.contains(-1) || adds.contains(-1) || readds.contains(-1))
        return 1;
    const double sum = median(sums);
    const double add = median(adds);
    print(QStringLiteral("sha256sum_%1").arg(label), sum, QStringLiteral("ms"));
    print(QStringLiteral("data_add_%1").arg(label), add, QStringLiteral("ms"));
    print(QStringLiteral("data_add_vs_sha256sum_%1").arg(label), sum / add, QStringLiteral("ratio"));
    print(QStringLiteral("data_readd_unchanged_%1").arg(label), median(readds), QStringLiteral("ms"));

    // A folder of many small files, hashed in parallel; again through the index.
    const int files = smoke ? 50 : 2000;
    const QString ws = dir.filePath(QStringLiteral("folder"));
    if (timed(kCli, {QStringLiteral("init"), ws, QStringLiteral("--template"), QStringLiteral("empty")}) < 0)
        return 1;
    for (int i = 0; i < files; ++i) {
        if (!writeRandom(QDir(ws).filePath(QStringLiteral("data/images/%1/%2.bin").arg(i % 20).arg(i)), 64 * 1024 + i))
            return 1;
    }
    const double folder = timed(kCli, {QStringLiteral("-C"), ws, QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/images")});
    const double refolder = timed(kCli, {QStringLiteral("-C"), ws, QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/images")});
    const double status = timed(kCli, {QStringLiteral("-C"), ws, QStringLiteral("data"), QStringLiteral("status")});
    if (folder < 0 || refolder < 0 || status < 0)
        return 1;
    print(QStringLiteral("data_add_folder_%1_files").arg(files), folder, QStringLiteral("ms"));
    print(QStringLiteral("data_readd_folder_%1_files").arg(files), refolder, QStringLiteral("ms"));
    print(QStringLiteral("data_status_folder_%1_files").arg(files), status, QStringLiteral("ms"));

    // Many tiny files: "data status" reads the pointer's entries and looks at every file.
    // Reference: "git status" over the same files committed to a plain git repository.
    const int tiny = smoke ? 200 : 20000;
    const QString many = dir.filePath(QStringLiteral("many"));
    if (timed(kCli, {QStringLiteral("init"), many, QStringLiteral("--template"), QStringLiteral("empty")}) < 0)
        return 1;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    for (int i = 0; i < tiny; ++i) {
        const QByteArray line = QByteArray::number(i) + ",0.5,1\n";
        for (const QString &root : {QDir(many).filePath(QStringLiteral("data/rows")), plain}) {
            QDir().mkpath(root + QStringLiteral("/%1").arg(i % 100));
            QFile f(root + QStringLiteral("/%1/%2.csv").arg(i % 100).arg(i));
            if (!f.open(QIODevice::WriteOnly) || f.write(line) != line.size())
                return 1;
        }
    }
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty()
        || timed(kCli, {QStringLiteral("-C"), many, QStringLiteral("data"), QStringLiteral("add"), QStringLiteral("data/rows")}) < 0
        || timed(git, {QStringLiteral("init"), QStringLiteral("-q")}, plain) < 0
        || timed(git, {QStringLiteral("add"), QStringLiteral(".")}, plain) < 0
        || timed(git, {QStringLiteral("-c"), QStringLiteral("user.name=bench"), QStringLiteral("-c"),
                       QStringLiteral("user.email=bench@localhost"), QStringLiteral("commit"), QStringLiteral("-qm"),
                       QStringLiteral("rows")},
                 plain) < 0)
        return 1;
    QList<double> statuses, gitStatuses;
    for (int round = 0; round < 3; ++round) {
        statuses.append(timed(kCli, {QStringLiteral("-C"), many, QStringLiteral("data"), QStringLiteral("status")}));
        gitStatuses.append(timed(git, {QStringLiteral("status"), QStringLiteral("--porcelain")}, plain));
    }
    if (statuses.contains(-1) || gitStatuses.contains(-1))
        return 1;
    print(QStringLiteral("data_status_%1_tiny_files").arg(tiny), median(statuses), QStringLiteral("ms"));
    print(QStringLiteral("git_status_%1_tiny_files").arg(tiny), median(gitStatuses), QStringLiteral("ms"));
    print(QStringLiteral("data_status_vs_git_status_%1_tiny_files").arg(tiny), median(gitStatuses) / median(statuses),
          QStringLiteral("ratio"));
    return 0;
}
