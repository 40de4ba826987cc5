// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/manifest.h"

#include "core/common/fileutil.h"
#include "core/common/suggest.h"
#include "core/common/yamlutil.h"
#include "core/governance/permissions.h"
#include "core/registry/modelversionref.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::WorkspaceManifest)
};

/** True for "Name <email>", "email@host" or a plain name; false for a broken "<…". */
bool isIdentity(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    const qsizetype open = t.indexOf(QLatin1Char('<'));
    if (open < 0)
        return !t.contains(QLatin1Char('>'));
    const qsizetype close = t.indexOf(QLatin1Char('>'), open);
    return close == t.size() - 1 && t.mid(open + 1, close - open - 1).contains(QLatin1Char('@'));
}

/** A list of people (or one person) holding a role; each must look like an identity. */
Result<QStringList> peopleOf(const QString &file, const YAML::Node &node, const QString &what)
{
    if (node.IsNull())
        return QStringList();
    Result<QStringList> people = node.IsScalar() ? Result<QStringList>(QStringList{yaml::toQString(node)})
                                                 : yaml::scalarList(file, node, what);
    if (!people)
        return people.error();
    for (qsizetype i = 0; i < people->size(); ++i) {
        const YAML::Node at = node.IsSequence() ? node[size_t(i)] : node;
        if (yaml::isPlainNonString(at))
            return yaml::errorAt(file, at,
                                 Text::tr("%1 lists %2, which YAML reads as a number or a yes/no value, "
                                          "not a person: write \"Name <email>\"")
                                     .arg(what, people->at(i)));
        if (!isIdentity(people->at(i))) {
            return yaml::errorAt(file, at,
                                 Text::tr("'%1' in %2 is not a person: write \"Name <email>\"")
                                     .arg(people->at(i), what));
        }
        (*people)[i] = people->at(i).trimmed();
    }
    return people;
}

/** The roles the studio checks: those its permissions name (e.g. "approver"). */
QStringList knownRoles()
{
    QStringList roles;
    for (const Permission &p : Permissions::instance().all()) {
        if (!roles.contains(p.role))
            roles.append(p.role);
    }
    return roles;
}

/**
 * `roles:`: each role the studio checks (Permissions) maps to people for every group,
 * or to model group names (and "*") that map to people. Misspelt roles, groups given
 * twice and group patterns would grant nothing, or not what was meant: they are errors.
 */
Status parseRoles(const QString &file, const YAML::Node &n, WorkspaceManifest &manifest)
{
    if (!n.IsMap())
        return yaml::errorAt(file, n, Text::tr("'roles' must map role names to lists of people"));
    if (Status s = yaml::checkUniqueKeys(file, n, QStringLiteral("'roles'")); !s)
        return s;
    const QStringList known = knownRoles();
    for (auto it = n.begin(); it != n.end(); ++it) {
        const QString role = yaml::toQString(it->first);
        if (!known.contains(role))
            return yaml::errorAt(file, it->first,
                                 Text::tr("unknown role '%1' in 'roles' (known roles: %2)%3")
                                     .arg(role, known.join(QStringLiteral(", ")), didYouMean(role, known)));
        if (!it->second.IsMap()) {
            Result<QStringList> people = peopleOf(file, it->second, Text::tr("role '%1'").arg(role));
            if (!people)
                return people.error();
            manifest.roles[role] += *people;
            continue;
        }
        // Per model group: group name (or "*" for every group) → people.
        if (Status s = yaml::checkUniqueKeys(file, it->second, Text::tr("role '%1'").arg(role)); !s)
            return s;
        for (auto g = it->second.begin(); g != it->second.end(); ++g) {
            const QString group = yaml::toQString(g->first);
            if (group != QStringLiteral("*") && group.contains(QLatin1Char('*')))
                return yaml::errorAt(file, g->first,
                                     Text::tr("'%1' is a pattern, but roles are given per model group name, "
                                              "or \"*\" for every group (role '%2')")
                                         .arg(group, role));
            if (group != QStringLiteral("*") && !ModelVersionRef::checkGroupName(group))
                return yaml::errorAt(file, g->first,
                                     Text::tr("'%1' is not a model group name (role '%2')").arg(group, role));
            Result<QStringList> people = peopleOf(file, g->second, Text::tr("role '%1' for '%2'").arg(role, group));
            if (!people)
                return people.error();
            if (group == QStringLiteral("*"))
                manifest.roles[role] += *people;
            else
                manifest.groupRoles[role][group] += *people;
        }
    }
    return {};
}

QVariant toVariant(const YAML::Node &node)
{
    if (node.IsMap()) {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(yaml::toQString(it->first), toVariant(it->second));
        return map;
    }
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    if (node.IsScalar())
        return yaml::toQString(node);
    return {};
}
} // namespace

QStringList WorkspaceManifest::knownKeys()
{
    return {QStringLiteral("name"),  QStringLiteral("description"), QStringLiteral("python"),
            QStringLiteral("runner"), QStringLiteral("roles"),      QStringLiteral("environments")};
}

QStringList WorkspaceManifest::knownRunners()
{
    return {QStringLiteral("process"), QStringLiteral("sandbox"), QStringLiteral("docker"),
            QStringLiteral("podman")};
}

Result<WorkspaceManifest> WorkspaceManifest::parse(const QString &file, const QByteArray &text)
{
    Result<YAML::Node> doc = yaml::parse(file, text);
    if (!doc)
        return doc.error();
    const YAML::Node &root = *doc;
    if (!root.IsMap())
        return yaml::errorAt(file, root, Text::tr("the workspace manifest must be a mapping of keys"));
    if (Status s = yaml::checkKeys(file, root, knownKeys(), Text::tr("the workspace manifest")); !s)
        return s.error();
    if (Status s = yaml::checkUniqueKeys(file, root, Text::tr("the workspace manifest")); !s)
        return s.error();

    WorkspaceManifest manifest;
    if (const YAML::Node n = root["name"]) {
        Result<QString> v = yaml::scalar(file, n, QStringLiteral("name"));
        if (!v)
            return v.error();
        manifest.name = *v;
    }
    if (manifest.name.trimmed().isEmpty())
        return Error::at(file, 1, 1, Text::tr("the workspace manifest needs a 'name'"));
    if (const YAML::Node n = root["description"]) {
        Result<QString> v = yaml::scalar(file, n, QStringLiteral("description"));
        if (!v)
            return v.error();
        manifest.description = *v;
    }
    if (const YAML::Node n = root["python"]) {
        Result<QString> v = yaml::scalar(file, n, QStringLiteral("python"));
        if (!v)
            return v.error();
        manifest.python = *v;
    }
    if (const YAML::Node n = root["runner"]) {
        Result<QString> v = yaml::scalar(file, n, QStringLiteral("runner"));
        if (!v)
            return v.error();
        if (!knownRunners().contains(*v))
            return yaml::errorAt(file, n,
                                 Text::tr("unknown runner '%1' (one of: %2)%3")
                                     .arg(*v, knownRunners().join(QStringLiteral(", ")),
                                          didYouMean(*v, knownRunners())));
        manifest.runner = *v;
    }
    if (const YAML::Node n = root["roles"]) {
        if (Status s = parseRoles(file, n, manifest); !s)
            return s.error();
    }
    if (const YAML::Node n = root["environments"]) {
        if (!n.IsMap())
            return yaml::errorAt(file, n, Text::tr("'environments' must map names to settings"));
        if (Status s = yaml::checkUniqueKeys(file, n, QStringLiteral("'environments'")); !s)
            return s.error();
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QString env = yaml::toQString(it->first);
            if (!it->second.IsMap() && !it->second.IsNull())
                return yaml::errorAt(file, it->second,
                                     Text::tr("environment '%1' must be a mapping of settings").arg(env));
            manifest.environments.insert(env, toVariant(it->second).toMap());
        }
    }
    return manifest;
}

Result<WorkspaceManifest> WorkspaceManifest::load(const QString &file)
{
    Result<QByteArray> text = readFile(file);
    if (!text)
        return text.error();
    return parse(file, *text);
}

} // namespace mlops
