package org.medinsure.warehouse.transform.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionGazetteerTest {
    private static final RegionGazetteer GAZETTEER = RegionGazetteer.bundled();

    @Test
    void bundlesEveryCountyLevelDivision() {
        assertThat(GAZETTEER.size()).isGreaterThan(2800);
        assertThat(GAZETTEER.byCode("371521")).isEqualTo(new Region("371521", "山东省", "聊城市", "阳谷县"));
    }

    @Test
    void resolvesTheSeedDepartments() {
        assertThat(code("阳谷县医疗保障局")).isEqualTo("371521");
        assertThat(code("湘潭县医疗保障局")).isEqualTo("430321");
        assertThat(code("中卫市沙坡头区医疗保障局")).isEqualTo("640502");
        assertThat(code("济源市社会医疗保险中心")).isEqualTo("419001");
    }

    @Test
    void resolvesAnAliasToItsCounty() {
        RegionMatch match = GAZETTEER.resolve("济源产城融合示范区医疗保障局", null, null);
        assertThat(match.region()).isEqualTo(new Region("419001", "河南省", null, "济源市"));
        assertThat(match.method()).isEqualTo("department");
    }

    @Test
    void keepsTwoCharacterCountiesButNotTwoCharacterDistricts() {
        assertThat(code("冠县医疗保障局")).isEqualTo("371525");
        assertThat(GAZETTEER.resolve("市城区改造办公室", null, null).resolved()).isFalse();
    }

    @Test
    void aSharedDistrictNameIsResolvedByThePrefectureItsBureauNamesBeforeTheProvince() {
        // 新华区 is in 石家庄 and 沧州 (河北) and 平顶山 (河南); the path names only the province
        RegionMatch match = GAZETTEER.resolve("沧州市新华区医疗保障局", null, "河北省/130902_新华区_2021_部门预算.txt");
        assertThat(match.region()).isEqualTo(new Region("130902", "河北省", "沧州市", "新华区"));
    }

    @Test
    void aTwoCharacterDistrictIsReadRightAfterItsPrefecture() {
        // 城区 is in 阳泉, 晋城 and 汕尾: after its prefecture's name it is a district, elsewhere an ordinary word
        assertThat(code("汕尾市城区医疗保障局")).isEqualTo("441502");
        assertThat(code("晋城城区医疗保障局")).isEqualTo("140502");
        assertThat(GAZETTEER.resolve("汕尾市医疗保障局关于城区改造的通知", null, null).region().county()).isNull();
    }

    @Test
    void ambiguousNameIsResolvedByTheProvinceNamedInTheDocument() {
        // 鼓楼区 exists in 南京, 徐州, 福州 and 开封
        RegionMatch alone = GAZETTEER.resolve("鼓楼区医疗保障局", null, null);
        assertThat(alone.resolved()).isFalse();
        assertThat(alone.method()).isEqualTo("ambiguous");
        assertThat(alone.candidates()).hasSizeGreaterThanOrEqualTo(3);

        RegionMatch withContext = GAZETTEER.resolve("鼓楼区医疗保障局", "福建省福州市鼓楼区医疗保障局 2022年度部门预算", null);
        assertThat(withContext.region().prefecture()).isEqualTo("福州市");
    }

    @Test
    void fallsBackToTheInputPath() {
        RegionMatch match = GAZETTEER.resolve(null, "项目支出绩效目标表", "湖南省/攸县/2023/表1.txt");
        assertThat(match.region().code()).isEqualTo("430223");
        assertThat(match.method()).isEqualTo("path");
    }

    @Test
    void unmatchedWhenNothingNamesACounty() {
        assertThat(GAZETTEER.resolve("医疗保障局", "部门预算", "in/a.txt").method()).isEqualTo("unmatched");
    }

    private static String code(String department) {
        RegionMatch match = GAZETTEER.resolve(department, null, null);
        assertThat(match.resolved()).as("region of %s", department).isTrue();
        return match.region().code();
    }
}
