// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/Icons.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>

// The resources live in a static library: registered once, outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(firebreak_icons);
}

namespace fb {

namespace {

// Breeze writes the text colour of its light set into the SVG's style sheet; that colour is replaced.
const QByteArray kBreezeText = QByteArrayLiteral("#232629");

struct IconFile
{
    IconId id;
    const char* file;
};

// Each concept and its Breeze file (bundled under resources/icons/breeze).
constexpr IconFile kFiles[] = {
    {IconId::ReportQueue, "mail-unread"},
    {IconId::IncidentQueue, "dialog-warning"},
    {IconId::InvestigationQueue, "fingerprint"},
    {IconId::CountermeasureQueue, "security-high"},
    {IconId::Triage, "view-filter"},
    {IconId::SavedSearch, "edit-find"},
    {IconId::Advisories, "view-pim-news"},
    {IconId::Directory, "view-pim-contacts"},
    {IconId::TeamProfile, "user-group-properties"},
    {IconId::Dashboard, "office-chart-bar"},
    {IconId::Settings, "configure"},
    {IconId::NewTicket, "document-new"},
    {IconId::ImportMail, "mail-receive"},
    {IconId::ImportFolder, "document-import"},
    {IconId::WriteMail, "mail-message-new"},
    {IconId::Reply, "mail-reply-sender"},
    {IconId::Refresh, "view-refresh"},
    {IconId::Lock, "system-lock-screen"},
    {IconId::Search, "edit-find"},
    {IconId::GoToTicket, "go-jump"},
    {IconId::ChangePassphrase, "dialog-password"},
    {IconId::Quit, "application-exit"},
    {IconId::DarkPalette, "color-management"},
    {IconId::UserGuide, "help-contents"},
    {IconId::KeyboardShortcuts, "configure-shortcuts"},
    {IconId::About, "help-about"},
    {IconId::Take, "im-user"},
    {IconId::Link, "insert-link"},
    {IconId::Unlink, "remove-link"},
    {IconId::Merge, "merge"},
    {IconId::Add, "list-add"},
    {IconId::Remove, "list-remove"},
    {IconId::AddTag, "tag-new"},
    {IconId::RemoveTag, "tag-delete"},
    {IconId::EditText, "document-edit"},
    {IconId::StateForward, "go-next"},
    {IconId::StateDone, "dialog-ok"},
    {IconId::StateCancelled, "dialog-cancel"},
    {IconId::Save, "document-save"},
    {IconId::Export, "document-export"},
    {IconId::Attachment, "mail-attachment"},
};

// Renders a bundled SVG in the palette of the moment, so that a switch of palette recolours every icon shown.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString path)
        : m_path(std::move(path))
    {
    }

    QIconEngine* clone() const override { return new PaletteIconEngine(m_path); }
    QString key() const override { return QStringLiteral("fb.palette"); }
    bool isNull() override { return source().isEmpty(); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(22, 22), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize side = actualSize(size, mode, QIcon::Off);
        const QSize device(int(std::ceil(side.width() * scale)), int(std::ceil(side.height() * scale)));
        if (device.isEmpty())
            return {};
        const QColor colour = Icons::foreground(mode);
        const QString cacheKey = QStringLiteral("fb.icon:%1:%2:%3x%4")
                                     .arg(m_path, colour.name(QColor::HexArgb))
                                     .arg(device.width())
                                     .arg(device.height());
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QByteArray svg = source();
        svg.replace(kBreezeText, colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter painter(&image);
            renderer.render(&painter);
        }
        if (mode == QIcon::Disabled) // colourful parts (a red exit, a green shield) fade too
            fade(image);
        cached = QPixmap::fromImage(image);
        cached.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, cached);
        return cached;
    }

private:
    QByteArray source()
    {
        if (m_source.isNull()) {
            QFile file(m_path);
            m_source = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("");
        }
        return m_source;
    }

    static void fade(QImage& image)
    {
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = qRgba(qRed(line[x]) / 2, qGreen(line[x]) / 2, qBlue(line[x]) / 2, qAlpha(line[x]) / 2);
        }
    }

    QString m_path;
    QByteArray m_source;
};

} // namespace

QString Icons::resourcePath(IconId id)
{
    for (const IconFile& file : kFiles) {
        if (file.id == id)
            return QStringLiteral(":/icons/breeze/%1.svg").arg(QLatin1String(file.file));
    }
    return {};
}

QList<IconId> Icons::all()
{
    QList<IconId> ids;
    for (const IconFile& file : kFiles)
        ids.append(file.id);
    return ids;
}

QColor Icons::foreground(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::WindowText);
    }
}

QIcon Icons::icon(IconId id)
{
    static const bool registered = (initIconResources(), true);
    Q_UNUSED(registered);
    return QIcon(new PaletteIconEngine(resourcePath(id)));
}

IconId Icons::idForKind(TicketKind kind)
{
    switch (kind) {
    case TicketKind::Report:
        return IconId::ReportQueue;
    case TicketKind::Incident:
        return IconId::IncidentQueue;
    case TicketKind::Investigation:
        return IconId::InvestigationQueue;
    case TicketKind::Countermeasure:
        return IconId::CountermeasureQueue;
    }
    return IconId::ReportQueue;
}

QIcon Icons::forKind(TicketKind kind)
{
    return icon(idForKind(kind));
}

QIcon Icons::forState(const QString& state)
{
    if (state == QLatin1String("resolved") || state == QLatin1String("removed"))
        return icon(IconId::StateDone);
    if (state == QLatin1String("rejected") || state == QLatin1String("abandoned"))
        return icon(IconId::StateCancelled);
    return icon(IconId::StateForward);
}

void Icons::apply(QAction* action, IconId id)
{
    action->setIcon(icon(id));
}

} // namespace fb
