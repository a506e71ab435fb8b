// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisory/AdvisoryEditor.h"

#include "core/advisory/Cvss31.h"
#include "ui/main/StatusColours.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb {

namespace {

enum VulnerabilityColumn { CveColumn, CweColumn, CweNameColumn, VectorColumn, TitleColumn };
enum ProductColumn { VendorColumn, ProductColumn, VersionColumn, StatusColumn };

const QList<ProductStatus> kStatuses{ProductStatus::KnownAffected, ProductStatus::Fixed,
                                     ProductStatus::KnownNotAffected, ProductStatus::UnderInvestigation};

QString productStatusName(ProductStatus status)
{
    switch (status) {
    case ProductStatus::KnownAffected:
        return AdvisoryEditor::tr("affected");
    case ProductStatus::Fixed:
        return AdvisoryEditor::tr("fixed");
    case ProductStatus::KnownNotAffected:
        return AdvisoryEditor::tr("not affected");
    case ProductStatus::UnderInvestigation:
        return AdvisoryEditor::tr("under investigation");
    }
    return {};
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

AdvisoryEditor::AdvisoryEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("advisoryEditor"));
    auto* outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    outer->addLayout(m_form);
    outer->addStretch(1); // spare height below the form, not between its rows
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_form->addRow(tr("&Title"), m_title);
    auto* row = new QHBoxLayout;
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("tlpComboBox"));
    for (TlpLevel level : Tlp::all())
        m_tlp->addItem(Tlp::label(level), int(level));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    row->addWidget(m_tlp);
    row->addWidget(m_status, 1);
    m_form->addRow(tr("TLP"), row);
    m_summary = addText("summaryTextEdit", tr("&Summary"), 3);

    m_cvss = new QLabel(this);
    m_cvss->setObjectName(QStringLiteral("cvssLabel"));
    m_cvss->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cvss->setWordWrap(true); // a long refusal wraps instead of widening the form
    m_vulnerabilities = addTable("vulnerabilitiesTableWidget", tr("Vulnerabilities"),
                                 {tr("CVE"), tr("CWE"), tr("CWE name"), tr("CVSS v3.1 vector"), tr("Title")}, m_cvss);
    m_products = addTable("productsTableWidget", tr("Products"),
                          {tr("Vendor"), tr("Product"), tr("Version or range (vers:…)"), tr("Status")});
    m_description = addText("descriptionTextEdit", tr("&Description"), 4);
    m_impact = addText("impactTextEdit", tr("&Impact"), 2);
    m_solution = addText("solutionTextEdit", tr("S&olution"), 2);
    m_workarounds = addText("workaroundsTextEdit", tr("&Workarounds"), 2);
    m_references = addTable("referencesTableWidget", tr("References"), {tr("URL"), tr("Summary")});
    m_acknowledgments = new QLineEdit(this);
    m_acknowledgments->setObjectName(QStringLiteral("acknowledgmentsLineEdit"));
    m_acknowledgments->setPlaceholderText(tr("Names, separated by commas"));
    m_form->addRow(tr("&Acknowledgments"), m_acknowledgments);
    m_audience = new QLineEdit(this);
    m_audience->setObjectName(QStringLiteral("audienceLineEdit"));
    m_audience->setPlaceholderText(tr("Distribution lists, separated by commas"));
    m_form->addRow(tr("A&udience"), m_audience);

    for (QLineEdit* edit : {m_title, m_acknowledgments, m_audience})
        connect(edit, &QLineEdit::textChanged, this, &AdvisoryEditor::emitChanged);
    connect(m_tlp, &QComboBox::currentIndexChanged, this, &AdvisoryEditor::emitChanged);
    for (QPlainTextEdit* edit : {m_summary, m_description, m_impact, m_solution, m_workarounds})
        connect(edit, &QPlainTextEdit::textChanged, this, &AdvisoryEditor::emitChanged);
    for (QTableWidget* table : {m_vulnerabilities, m_products, m_references})
        connect(table, &QTableWidget::itemChanged, this, &AdvisoryEditor::emitChanged);
    connect(m_vulnerabilities, &QTableWidget::currentCellChanged, this, &AdvisoryEditor::updateCvss);
    updateCvss();
}

QPlainTextEdit* AdvisoryEditor::addText(const char* objectName, const QString& label, int lines)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    m_form->addRow(label, edit);
    return edit;
}

QTableWidget* AdvisoryEditor::addTable(const char* objectName, const QString& label, const QStringList& headers,
                                       QWidget* below)
{
    auto* box = new QVBoxLayout;
    auto* table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setFixedHeight(table->fontMetrics().lineSpacing() * 8);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("AddButton"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("RemoveButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    box->addWidget(table);
    if (below)
        box->addWidget(below);
    box->addLayout(buttons);
    m_form->addRow(label, box);
    connect(add, &QPushButton::clicked, this, [this, table]() {
        if (table == m_products) {
            addProductRow({});
        } else {
            table->insertRow(table->rowCount());
            for (int c = 0; c < table->columnCount(); ++c)
                table->setItem(table->rowCount() - 1, c, new QTableWidgetItem);
        }
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
        emitChanged();
    });
    connect(remove, &QPushButton::clicked, this, [this, table]() {
        if (table->currentRow() < 0)
            return;
        table->removeRow(table->currentRow());
        emitChanged();
    });
    return table;
}

void AdvisoryEditor::addProductRow(const AffectedProduct& p)
{
    const int row = m_products->rowCount();
    m_products->insertRow(row);
    m_products->setItem(row, VendorColumn, new QTableWidgetItem(p.vendor));
    m_products->setItem(row, ProductColumn, new QTableWidgetItem(p.product));
    m_products->setItem(row, VersionColumn, new QTableWidgetItem(p.version));
    auto* status = new QComboBox(m_products);
    for (ProductStatus s : kStatuses)
        status->addItem(productStatusName(s), int(s));
    status->setCurrentIndex(int(kStatuses.indexOf(p.status)));
    connect(status, &QComboBox::currentIndexChanged, this, &AdvisoryEditor::emitChanged);
    m_products->setCellWidget(row, StatusColumn, status);
}

void AdvisoryEditor::setAdvisory(const Advisory& a)
{
    m_loading = true;
    m_base = a;
    m_title->setText(a.title);
    m_tlp->setCurrentIndex(m_tlp->findData(int(a.tlp)));
    m_status->setText(tr("%1 · %2 · version %3").arg(a.identifier, advisoryStatusKey(a.status), a.version));
    m_summary->setPlainText(a.summary);
    m_description->setPlainText(a.description);
    m_impact->setPlainText(a.impact);
    m_solution->setPlainText(a.solution);
    m_workarounds->setPlainText(a.workarounds);
    m_vulnerabilities->setRowCount(0);
    for (const AdvisoryVulnerability& v : a.vulnerabilities) {
        const int row = m_vulnerabilities->rowCount();
        m_vulnerabilities->insertRow(row);
        const QStringList cells{v.cve, v.cwe, v.cweName, v.cvssVector, v.title};
        for (int c = 0; c < cells.size(); ++c)
            m_vulnerabilities->setItem(row, c, new QTableWidgetItem(cells[c]));
        // The row remembers its vulnerability, whose description and references the table does not show.
        m_vulnerabilities->item(row, CveColumn)->setData(Qt::UserRole, row);
    }
    m_products->setRowCount(0);
    for (const AffectedProduct& p : a.products)
        addProductRow(p);
    m_references->setRowCount(0);
    for (const AdvisoryReference& r : a.references) {
        const int row = m_references->rowCount();
        m_references->insertRow(row);
        m_references->setItem(row, 0, new QTableWidgetItem(r.url));
        m_references->setItem(row, 1, new QTableWidgetItem(r.summary));
    }
    m_acknowledgments->setText(a.acknowledgments.join(QStringLiteral(", ")));
    m_audience->setText(a.audience.join(QStringLiteral(", ")));
    for (QTableWidget* table : {m_vulnerabilities, m_products, m_references}) {
        table->resizeColumnsToContents();
        // Long names (CWE titles) are cut, not allowed to push the vector out of sight.
        for (int c = 0; c + 1 < table->columnCount(); ++c)
            table->setColumnWidth(c, std::min(table->columnWidth(c), fontMetrics().averageCharWidth() * 44));
    }
    if (m_vulnerabilities->rowCount() > 0)
        m_vulnerabilities->setCurrentCell(0, CveColumn);
    m_loading = false;
    updateCvss();
}

Advisory AdvisoryEditor::advisory() const
{
    Advisory a = m_base;
    a.title = m_title->text().trimmed();
    a.tlp = static_cast<TlpLevel>(m_tlp->currentData().toInt());
    a.summary = m_summary->toPlainText().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.impact = m_impact->toPlainText().trimmed();
    a.solution = m_solution->toPlainText().trimmed();
    a.workarounds = m_workarounds->toPlainText().trimmed();
    a.vulnerabilities.clear();
    for (int r = 0; r < m_vulnerabilities->rowCount(); ++r) {
        AdvisoryVulnerability v{cell(m_vulnerabilities, r, CveColumn), cell(m_vulnerabilities, r, CweColumn),
                                cell(m_vulnerabilities, r, CweNameColumn), cell(m_vulnerabilities, r, VectorColumn),
                                cell(m_vulnerabilities, r, TitleColumn)};
        const QTableWidgetItem* item = m_vulnerabilities->item(r, CveColumn);
        bool known = false;
        const int index = item ? item->data(Qt::UserRole).toInt(&known) : -1;
        if (known && index >= 0 && index < m_base.vulnerabilities.size()) {
            v.description = m_base.vulnerabilities[index].description;
            v.references = m_base.vulnerabilities[index].references;
        }
        a.vulnerabilities.append(v);
    }
    a.products.clear();
    for (int r = 0; r < m_products->rowCount(); ++r) {
        AffectedProduct p;
        p.vendor = cell(m_products, r, VendorColumn);
        p.product = cell(m_products, r, ProductColumn);
        p.version = cell(m_products, r, VersionColumn);
        p.versionRange = p.version.startsWith(QLatin1String("vers:"));
        if (const auto* status = qobject_cast<QComboBox*>(m_products->cellWidget(r, StatusColumn)))
            p.status = static_cast<ProductStatus>(status->currentData().toInt());
        a.products.append(p);
    }
    a.references.clear();
    for (int r = 0; r < m_references->rowCount(); ++r)
        a.references.append({cell(m_references, r, 0), cell(m_references, r, 1)});
    a.acknowledgments = splitList(m_acknowledgments->text());
    a.audience = splitList(m_audience->text());
    return a;
}

void AdvisoryEditor::setAudienceChoices(const QStringList& names)
{
    if (names.isEmpty()) {
        //: Team → Directory → Lists is where the window makes distribution lists
        m_audience->setPlaceholderText(tr("No distribution lists yet: make one in Team → Directory → Lists"));
        m_audience->setToolTip(QString());
        return;
    }
    m_audience->setPlaceholderText(tr("Distribution lists, separated by commas"));
    m_audience->setToolTip(tr("Distribution lists: %1").arg(names.join(QStringLiteral(", "))));
}

QString AdvisoryEditor::cvssText() const
{
    return m_cvss->text();
}

void AdvisoryEditor::updateCvss()
{
    const int row = m_vulnerabilities->currentRow() >= 0 ? m_vulnerabilities->currentRow() : 0;
    const QString vector = row < m_vulnerabilities->rowCount() ? cell(m_vulnerabilities, row, VectorColumn) : QString();
    if (vector.isEmpty()) {
        m_cvss->setText(tr("No CVSS vector in the current row."));
        m_cvss->setForegroundRole(QPalette::WindowText);
        m_cvss->setStyleSheet(QString());
        return;
    }
    auto parsed = Cvss31::parse(vector, Cvss31::Accept::V31AndV30Base);
    if (!parsed) {
        // Text first: the metric at fault is said, colour only underlines it.
        m_cvss->setText(tr("Row %1: the CVSS vector is wrong at %2: %3")
                            .arg(row + 1)
                            .arg(parsed.error().where, parsed.error().message));
        m_cvss->setStyleSheet(StatusColours::labelStyle(Tone::Bad));
        return;
    }
    const QString base = tr("Row %1: base %2 (%3)")
                             .arg(row + 1)
                             .arg(Cvss31::formatTenths(parsed->baseTenths()),
                                  Cvss31::severityName(Cvss31::severity(parsed->baseTenths())));
    QString text = base;
    if (parsed->hasTemporal())
        text = tr("%1, temporal %2").arg(text, Cvss31::formatTenths(parsed->temporalTenths()));
    if (parsed->hasEnvironmental())
        text = tr("%1, environmental %2").arg(text, Cvss31::formatTenths(parsed->environmentalTenths()));
    m_cvss->setText(text);
    m_cvss->setStyleSheet(QString());
}

void AdvisoryEditor::emitChanged()
{
    if (m_loading)
        return;
    updateCvss();
    Q_EMIT changed();
}

} // namespace fb
