// SPDX-License-Identifier: GPL-3.0-or-later
// AdvisoryMailer: an advisory as mail to a distribution list, through the TLP gate: above TLP:GREEN only to
// recipients whose sharing level allows the label, else the whole send is refused with the names of those
// refused. The message is composed by MailComposer: TLP in the subject, the 72-column text as body, the CSAF
// document attached, signed with the team key.
#pragma once

#include "core/history/ChangeContext.h"
#include "core/advisory/Advisory.h"
#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/DistributionList.h"
#include "core/mail/ParsedMessage.h"

#include <QCoreApplication>

namespace fb {

class MailComposer;
class Vault;

class AdvisoryMailer
{
    Q_DECLARE_TR_FUNCTIONS(fb::AdvisoryMailer)

public:
    AdvisoryMailer(const ChangeContext& change);

    // TLP:CLEAR and TLP:GREEN may go to anyone on the list; a higher label only to a recipient whose highest
    // label is at least as high (an unset label refuses).
    static bool mayReceive(TlpLevel label, const ListRecipient& recipient);
    // The recipients if every one may receive the label and has an e-mail address; otherwise Conflict naming
    // every refused recipient (or BadInput naming those without an address, or for an empty list).
    static Result<QList<ListRecipient>> gate(TlpLevel label, const QString& listName,
                                             const QList<ListRecipient>& recipients);

    // The message for the distribution list `listIdOrName` (NotFound if there is none), through the gate,
    // refused (Conflict) for a draft and for an advisory whose CSAF document CsafWriter::writeChecked refuses,
    // composed by `composer` (which the caller set up, e.g. with the keys for signing). signKey empty: unsigned.
    Result<ParsedMessage> compose(const Advisory& advisory, const QString& listIdOrName, MailComposer& composer,
                                  const QString& signKey);

private:
    ChangeContext m_change;
};

} // namespace fb
