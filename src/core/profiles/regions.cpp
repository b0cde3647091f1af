#include "profiles/regions.h"

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

struct Row
{
    QString id, dms, iam;
};

} // namespace

const QList<Region> &Regions::all()
{
    static const QList<Region> regions = [] {
        const Row rows[] = {
            {u"ae-ad-1"_s, u"https://dms.ae-ad-1.myhuaweicloud.com"_s, u"https://iam.ae-ad-1.myhuaweicloud.com"_s},
            {u"af-north-1"_s, u"https://dms.af-north-1.myhuaweicloud.com"_s,
             u"https://iam.af-north-1.myhuaweicloud.com"_s},
            {u"af-south-1"_s, u"https://dms.af-south-1.myhuaweicloud.com"_s,
             u"https://iam.af-south-1.myhuaweicloud.com"_s},
            {u"ap-southeast-1"_s, u"https://dms.ap-southeast-1.myhuaweicloud.com"_s,
             u"https://iam.ap-southeast-1.myhuaweicloud.com"_s},
            {u"ap-southeast-2"_s, u"https://dms.ap-southeast-2.myhuaweicloud.com"_s,
             u"https://iam.ap-southeast-2.myhuaweicloud.com"_s},
            {u"ap-southeast-3"_s, u"https://dms.ap-southeast-3.myhuaweicloud.com"_s,
             u"https://iam.ap-southeast-3.myhuaweicloud.com"_s},
            {u"ap-southeast-4"_s, u"https://dms.ap-southeast-4.myhuaweicloud.com"_s,
             u"https://iam.ap-southeast-4.myhuaweicloud.com"_s},
            {u"ap-southeast-5"_s, u"https://dms.ap-southeast-5.myhuaweicloud.com"_s,
             u"https://iam.ap-southeast-5.myhuaweicloud.com"_s},
            {u"cn-east-2"_s, u"https://dms.cn-east-2.myhuaweicloud.com"_s,
             u"https://iam.cn-east-2.myhuaweicloud.com"_s},
            {u"cn-east-3"_s, u"https://dms.cn-east-3.myhuaweicloud.com"_s,
             u"https://iam.cn-east-3.myhuaweicloud.com"_s},
            {u"cn-east-4"_s, u"https://dms.cn-east-4.myhuaweicloud.com"_s,
             u"https://iam.cn-east-4.myhuaweicloud.com"_s},
            {u"cn-east-5"_s, u"https://dms.cn-east-5.myhuaweicloud.com"_s,
             u"https://iam.cn-east-5.myhuaweicloud.com"_s},
            {u"cn-north-1"_s, u"https://dms.cn-north-1.myhuaweicloud.com"_s,
             u"https://iam.cn-north-1.myhuaweicloud.com"_s},
            {u"cn-north-11"_s, u"https://dms.cn-north-11.myhuaweicloud.com"_s,
             u"https://iam.cn-north-11.myhuaweicloud.com"_s},
            {u"cn-north-12"_s, u"https://dms.cn-north-12.myhuaweicloud.com"_s,
             u"https://iam.cn-north-12.myhuaweicloud.com"_s},
            {u"cn-north-2"_s, u"https://dms.cn-north-2.myhuaweicloud.com"_s,
             u"https://iam.cn-north-2.myhuaweicloud.com"_s},
            {u"cn-north-4"_s, u"https://dms.cn-north-4.myhuaweicloud.com"_s,
             u"https://iam.cn-north-4.myhuaweicloud.com"_s},
            {u"cn-north-9"_s, u"https://dms.cn-north-9.myhuaweicloud.com"_s,
             u"https://iam.cn-north-9.myhuaweicloud.com"_s},
            {u"cn-south-1"_s, u"https://dms.cn-south-1.myhuaweicloud.com"_s,
             u"https://iam.cn-south-1.myhuaweicloud.com"_s},
            {u"cn-south-2"_s, u"https://dms.cn-south-2.myhuaweicloud.com"_s,
             u"https://iam.cn-south-2.myhuaweicloud.com"_s},
            {u"cn-south-4"_s, u"https://dms.cn-south-4.myhuaweicloud.com"_s,
             u"https://iam.cn-south-4.myhuaweicloud.com"_s},
            {u"cn-southwest-2"_s, u"https://dms.cn-southwest-2.myhuaweicloud.com"_s,
             u"https://iam.cn-southwest-2.myhuaweicloud.com"_s},
            {u"cn-southwest-3"_s, u"https://dms.cn-southwest-3.myhuaweicloud.com"_s,
             u"https://iam.cn-southwest-3.myhuaweicloud.com"_s},
            {u"eu-west-0"_s, u"https://dms.eu-west-0.myhuaweicloud.com"_s,
             u"https://iam.eu-west-0.myhuaweicloud.com"_s},
            {u"eu-west-101"_s, u"https://dms.eu-west-101.myhuaweicloud.eu"_s,
             u"https://iam.eu-west-101.myhuaweicloud.eu"_s},
            {u"la-north-2"_s, u"https://dms.la-north-2.myhuaweicloud.com"_s,
             u"https://iam.la-north-2.myhuaweicloud.com"_s},
            {u"la-south-2"_s, u"https://dms.la-south-2.myhuaweicloud.com"_s,
             u"https://iam.la-south-2.myhuaweicloud.com"_s},
            {u"me-east-1"_s, u"https://dms.me-east-1.myhuaweicloud.com"_s,
             u"https://iam.me-east-1.myhuaweicloud.com"_s},
            {u"my-kualalumpur-1"_s, u"https://dms.my-kualalumpur-1.myhuaweicloud.com"_s,
             u"https://iam.my-kualalumpur-1.myhuaweicloud.com"_s},
            {u"na-mexico-1"_s, u"https://dms.na-mexico-1.myhuaweicloud.com"_s,
             u"https://iam.na-mexico-1.myhuaweicloud.com"_s},
            {u"ru-moscow-1"_s, u"https://dms.ru-moscow-1.myhuaweicloud.com"_s,
             u"https://iam.ru-moscow-1.myhuaweicloud.com"_s},
            {u"ru-northwest-2"_s, u"https://dms.ru-northwest-2.myhuaweicloud.com"_s,
             u"https://iam.ru-northwest-2.myhuaweicloud.com"_s},
            {u"sa-brazil-1"_s, u"https://dms.sa-brazil-1.myhuaweicloud.com"_s,
             u"https://iam.sa-brazil-1.myhuaweicloud.com"_s},
            {u"tr-west-1"_s, u"https://dms.tr-west-1.myhuaweicloud.com"_s,
             u"https://iam.tr-west-1.myhuaweicloud.com"_s},
        };
        QList<Region> list;
        for (const Row &r : rows)
            list.append({r.id, QUrl(r.dms), QUrl(r.iam)});
        return list;
    }();
    return regions;
}

const Region *Regions::find(const QString &id)
{
    for (const Region &r : all()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace Profiles
