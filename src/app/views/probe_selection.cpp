#include "app/views/probe_selection.h"

namespace app {

ProbeSelection::ProbeSelection(QObject* parent)
    : QObject(parent) {}

void ProbeSelection::setLayer(int layer) {
    if (layer == m_layer)
        return;
    m_layer = layer;
    emit layerChanged(layer);
    emit changed();
}

void ProbeSelection::setUnit(int unit) {
    if (unit == m_unit)
        return;
    m_unit = unit;
    emit unitChanged(unit);
    emit changed();
}

void ProbeSelection::setStep(int step) {
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged(step);
    emit changed();
}

void ProbeSelection::setEpoch(int epoch) {
    if (epoch == m_epoch)
        return;
    m_epoch = epoch;
    emit epochChanged(epoch);
    emit changed();
}

void ProbeSelection::setUnitAndStep(int unit, int step) {
    const bool unitMoved = unit != m_unit, stepMoved = step != m_step;
    m_unit = unit;
    m_step = step;
    if (unitMoved)
        emit unitChanged(unit);
    if (stepMoved)
        emit stepChanged(step);
    if (unitMoved || stepMoved)
        emit changed();
}

} // namespace app
