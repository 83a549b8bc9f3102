// Names that join two statistics of the national system under one subject: "城乡居民人均可支配收入分别增长5%、6.5%"
// reports the urban and the rural series (国家统计局 publishes 城镇居民 and 农村居民 人均可支配收入 apart; there is no
// joint figure). Read before 分别, such a name stands for its parts in order. The unified schemes named 城乡居民
// (城乡居民基本养老保险, 城乡居民医保) and the ratio 城乡居民收入比 are single statistics and never split.

export interface JointName {
  id: string;
  pattern: RegExp;
  /** The statistics the joint name stands for, in the order reports list them. */
  parts: (m: RegExpExecArray) => string[];
  examples: readonly [string, readonly string[]][];
}

/** Household income and spending measures: the series that exist apart for urban and rural residents. */
const HOUSEHOLD_MEASURE = '(?:人均)?(?:可支配收入|消费支出|生活消费支出|纯收入|收入)';

export const JOINT_NAMES: readonly JointName[] = [
  {
    id: 'urban-and-rural-residents',
    pattern: new RegExp(`^(?:城乡|城镇(?:和|与|及|、)农村(?:牧区)?)(常住)?居民(${HOUSEHOLD_MEASURE})$`),
    parts: (m) => [`城镇${m[1] ?? ''}居民${m[2]}`, `农村${m[1] ?? ''}居民${m[2]}`],
    examples: [
      ['城乡居民人均可支配收入', ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
      ['城镇和农村居民人均可支配收入', ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
      ['城乡常住居民人均可支配收入', ['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']],
      ['城乡居民人均消费支出', ['城镇居民人均消费支出', '农村居民人均消费支出']],
      ['城镇、农村居民人均可支配收入', ['城镇居民人均可支配收入', '农村居民人均可支配收入']],
      ['城镇和农村牧区常住居民人均可支配收入', ['城镇常住居民人均可支配收入', '农村常住居民人均可支配收入']],
    ],
  },
];

/** The statistics a joint name stands for, or null when the name is one statistic. */
export function jointParts(name: string): string[] | null {
  for (const j of JOINT_NAMES) {
    const m = j.pattern.exec(name);
    if (m) return j.parts(m);
  }
  return null;
}
