// SPDX-License-Identifier: GPL-3.0-or-later
// ExchangeImport: an incident read from another team's document (a MISP event, an IODEF incident), stored as one
// change: a new incident or onto a ticket, observables, label, classification, tags, notes for what is not an
// observable, the import recorded in ExchangeStore and the history. Every exchange format imports through here.
#pragma once

#include "core/base/Result.h"
#include "core/exchange/ExchangeWarning.h"
#include "core/history/ChangeContext.h"
#include "core/observables/Observable.h"
#include "core/taxonomy/Tlp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace fb {

struct ExchangeImportOptions
{
    std::optional<qint64> onto; // add to this ticket; unset: the ticket the document came from or went to before,
                                // else a new incident
    QString source;             // the file name, recorded with the import
};

struct ExchangeImportReport
{
    qint64 ticketId = 0;
    bool created = false;    // a new incident was made
    bool recognised = false; // the document was known: ours exported, or imported before
    QUuid eventUuid;
    int observablesInEvent = 0;
    int observablesAdded = 0; // those the ticket did not have yet
    int notes = 0;            // comments written with what is not an observable
    QStringList tagsAdded;
    std::optional<TlpLevel> tlp; // the ticket's label after the import
    QList<ExchangeWarning> warnings;
};

// What a reader made of a document, in the terms of a ticket; the texts are already translated.
struct ExchangeIncident
{
    QString format; // "misp", "iodef": recorded with the import
    QUuid uuid;     // the document's identity; null: not recognisable again
    QString title;  // of a new incident
    QString description;
    std::optional<TlpLevel> tlp;
    QString tlpWhere;                                // where the label is read, named in warnings ("Event.Tag")
    QString noTlpWarning;                            // the warning when the document has no label
    std::optional<std::pair<QString, QString>> rsit; // (class, type)
    QString rsitWhere;
    int severity = 3;
    QString constituency;
    QStringList tags;
    QList<Observable> observables;
    QString noteHeader; // heads each comment with the note lines
    QStringList noteLines;
    QList<ExchangeWarning> warnings;
};

class ExchangeImport
{
    Q_DECLARE_TR_FUNCTIONS(fb::ExchangeImport)

public:
    static constexpr qsizetype kMaxTitle = 200; // characters of a new incident's title

    explicit ExchangeImport(const ChangeContext& change);

    // Stores `incident`; nothing is stored when it fails.
    Result<ExchangeImportReport> store(const ExchangeIncident& incident, const ExchangeImportOptions& options);

    // The note lines as comments of at most CommentStore::kMaxLength characters, each headed with `header`.
    static QStringList noteChunks(const QString& header, const QStringList& lines);
    // A title of at most kMaxTitle characters.
    static QString shortTitle(const QString& title);

private:
    ChangeContext m_change;
};

} // namespace fb
