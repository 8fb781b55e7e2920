import { type Random, Weighted } from './random'

/**
 * Surnames with their approximate share per ten thousand people (2020 census order), so the
 * roster has the long tail a real one has: many 王 李 张, a few 欧阳 and 诸葛.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 710], ['李', 700], ['张', 670], ['刘', 540], ['陈', 460], ['杨', 310], ['黄', 240], ['赵', 230],
  ['吴', 200], ['周', 190], ['徐', 140], ['孙', 140], ['马', 130], ['朱', 120], ['胡', 110], ['郭', 110],
  ['何', 110], ['林', 100], ['高', 100], ['罗', 90], ['郑', 80], ['梁', 70], ['谢', 70], ['宋', 60],
  ['唐', 60], ['许', 60], ['韩', 60], ['冯', 60], ['邓', 60], ['曹', 50], ['彭', 50], ['曾', 50],
  ['肖', 50], ['田', 50], ['董', 50], ['袁', 40], ['潘', 40], ['于', 40], ['蒋', 40], ['蔡', 40],
  ['余', 40], ['杜', 40], ['叶', 40], ['程', 40], ['苏', 30], ['魏', 30], ['吕', 30], ['丁', 30],
  ['任', 30], ['沈', 30], ['姚', 30], ['卢', 30], ['姜', 30], ['崔', 30], ['钟', 30], ['谭', 30],
  ['陆', 20], ['汪', 20], ['范', 20], ['金', 20], ['石', 20], ['廖', 20], ['贾', 20], ['夏', 20],
  ['韦', 20], ['付', 20], ['方', 20], ['白', 20], ['邹', 20], ['孟', 20], ['熊', 20], ['秦', 20],
  ['邱', 20], ['江', 20], ['尹', 20], ['薛', 20], ['闫', 20], ['段', 20], ['雷', 20], ['侯', 20],
  ['龙', 20], ['史', 20], ['陶', 10], ['黎', 10], ['贺', 10], ['顾', 10], ['毛', 10], ['郝', 10],
  ['龚', 10], ['邵', 10], ['万', 10], ['覃', 10], ['武', 10], ['钱', 10], ['戴', 10], ['严', 10],
  ['欧阳', 5], ['上官', 1], ['司马', 1], ['诸葛', 1]
]

/** Characters common in given names. */
const COMMON = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力斌宇浩凯俊峰晨瑞欣怡佳雨琳思颖',
  ...'子涵梓轩一诺雅婷志鹏海燕亮晓东丹宁宏波鑫博婉婕慧倩璐露晶蕾佩琦鹤然彤昊天睿哲铭翔骏逸'
]

/**
 * Rare characters, several outside GB2312, that a real roster contains and a PDF font or a
 * GBK-only path would lose: 喆 堃 珺 玥 彧 镕 and company.
 */
const RARE = [...'喆堃珺玥彧镕昇赟旻琇婧翀淏暄璟祎']

export class NameGenerator {
  private readonly surnames = new Weighted(SURNAMES)
  private readonly given = new Weighted<string>([...COMMON.map((c) => [c, 20] as const), ...RARE.map((c) => [c, 1] as const)])

  next(random: Random): string {
    const surname = this.surnames.draw(random)
    const first = this.given.draw(random)
    // About one person in six has a single-character given name (王伟, 李娜).
    return random.chance(0.16) ? surname + first : surname + first + this.given.draw(random)
  }
}

export const RARE_NAME_CHARACTERS = RARE
