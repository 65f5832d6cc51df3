// The training order of an epoch: a permutation, fixed by seed and epoch alone, whichever epoch
// was asked for before.
#include "data/epoch_order.h"

#include <QTest>
#include <algorithm>
#include <numeric>

using namespace data;
using core::Index;

class TestEpochOrder : public QObject {
    Q_OBJECT

private slots:
    void isAPermutation();
    void dependsOnSeedAndEpochOnly();
};

void TestEpochOrder::isAPermutation() {
    const EpochOrder order(1, 1000);
    std::vector<Index> sorted = *order.of(3);
    std::sort(sorted.begin(), sorted.end());
    std::vector<Index> all(1000);
    std::iota(all.begin(), all.end(), Index(0));
    QCOMPARE(sorted, all);
    QVERIFY(*order.of(3) != all); // shuffled: 1000! orders, one of them sorted
    QVERIFY(EpochOrder(1, 0).of(0)->empty());
}

void TestEpochOrder::dependsOnSeedAndEpochOnly() {
    const EpochOrder a(7, 500), b(7, 500), c(8, 500);
    const std::vector<Index> first = *a.of(0);
    QVERIFY(*a.of(1) != first);
    QCOMPARE(*a.of(0), first); // asked again after another epoch
    QCOMPARE(*b.of(0), first);
    QVERIFY(*c.of(0) != first);
}

QTEST_APPLESS_MAIN(TestEpochOrder)
#include "tst_epoch_order.moc"
