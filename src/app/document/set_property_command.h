#pragma once
/** Sets one property of one block. Consecutive changes of the same property of the same block
 * (a spin box stepped, a name typed) merge into one undo step (CommandId::SetProperty). */
#include <QString>
#include <QUndoCommand>
#include <optional>

namespace app {

class NetworkDocument;

class SetPropertyCommand : public QUndoCommand {
public:
    SetPropertyCommand(NetworkDocument* document, int blockId, const QString& name,
                       const QString& value, QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    NetworkDocument* m_document;
    int m_blockId;
    QString m_name;
    std::optional<QString> m_old; ///< nothing: the block used its kind's default
    QString m_new;
};

} // namespace app
