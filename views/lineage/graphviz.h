// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QByteArray>

#include <graphviz/gvc.h>

namespace mlops::gv {

/** Owns a Graphviz context (GVC_t): the plugins and the layout engines. */
class Context
{
public:
    Context() : m_gvc(gvContext()) {}
    ~Context()
    {
        if (m_gvc)
            gvFreeContext(m_gvc);
    }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    GVC_t *get() const { return m_gvc; }

private:
    GVC_t *m_gvc;
};

/**
 * Owns a cgraph graph (Agraph_t) and its layout: the layout is freed before the graph
 * is closed, in that order, whatever path the caller leaves by.
 */
class Graph
{
public:
    Graph(Context &context, const char *name)
        : m_context(context), m_graph(agopen(const_cast<char *>(name), Agdirected, nullptr))
    {
    }
    ~Graph()
    {
        if (m_laidOut)
            gvFreeLayout(m_context.get(), m_graph);
        if (m_graph)
            agclose(m_graph);
    }
    Graph(const Graph &) = delete;
    Graph &operator=(const Graph &) = delete;

    Agraph_t *get() const { return m_graph; }

    /** A default attribute for the graph, its nodes or its edges (kind: AGRAPH, AGNODE, AGEDGE). */
    void setDefault(int kind, const char *name, const char *value)
    {
        agattr(m_graph, kind, const_cast<char *>(name), const_cast<char *>(value));
    }
    Agnode_t *addNode(const QByteArray &name) { return agnode(m_graph, const_cast<char *>(name.constData()), 1); }
    Agedge_t *addEdge(Agnode_t *from, Agnode_t *to) { return agedge(m_graph, from, to, nullptr, 1); }

    /** Runs a layout engine ("dot"); false when Graphviz refuses. */
    bool layout(const char *engine)
    {
        if (m_laidOut)
            gvFreeLayout(m_context.get(), m_graph);
        m_laidOut = gvLayout(m_context.get(), m_graph, engine) == 0;
        return m_laidOut;
    }

private:
    Context &m_context;
    Agraph_t *m_graph;
    bool m_laidOut = false;
};

} // namespace mlops::gv
