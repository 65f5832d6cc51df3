#pragma once
/**
 * Shows and edits the selected block: its kind and what it does, one editor per property chosen
 * by the property's nature (spin boxes for numbers, lists for choices, PropertyField), its
 * parameter count and the problems the document finds with it, in words. A committed edit is one
 * setBlockProperty() (spin boxes commit when editing finishes, not on every keystroke). It follows
 * the document, so undo shows at once; it is read-only while the document is locked. With no
 * block selected it shows the network's own problems and size.
 */
#include "app/editor/property_field.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace app {

class LayerTrainingEditor;
class PortConnections;

class NetworkDocument;

class BlockInspector : public QWidget {
    Q_OBJECT

public:
    explicit BlockInspector(NetworkDocument* document, QWidget* parent = nullptr);

    /** The block shown, or 0 (none or several selected). */
    int blockId() const { return m_blockId; }
    /** The editor of that property of the block shown (a QSpinBox, QDoubleSpinBox or QComboBox,
     * named after the property), or nullptr. */
    QWidget* editor(const QString& property) const { return m_editors.value(property); }
    QString titleText() const;
    QString parameterText() const;
    QString problemText() const;
    /** The frozen flag and learning-rate factor of the block shown (transfer learning). */
    LayerTrainingEditor* trainingEditor() const { return m_training; }

public slots:
    /** Shows these blocks (the scene's selection). */
    void setSelection(const QList<int>& ids);

private:
    void rebuild();
    void refresh();
    void refreshValues();
    void clearEditors();
    QWidget* makeEditor(const PropertyField& field);
    void commit(const QString& name, const QString& value);
    void onBlockRemoved(int id);

    NetworkDocument* m_document;
    QList<int> m_selection;
    int m_blockId = 0;
    QLabel* m_swatch;
    QLabel* m_title;
    QLabel* m_description;
    QWidget* m_form;
    QFormLayout* m_formLayout;
    QLabel* m_parameters;
    QLabel* m_problems;
    PortConnections* m_inputs;
    LayerTrainingEditor* m_training;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QString> m_shown; ///< the value each editor shows, as the document has it
};

} // namespace app
