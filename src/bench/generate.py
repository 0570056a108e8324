#!/usr/bin/env python3
"""Generates a synthetic blog for the benchmarks: N articles of Chinese text with inline and display math and code,
2-10 KB each, with tags, categories and authors, laid out as a Hugo site (so hugo can build the very same files).

    python3 src/bench/generate.py --articles 10000 --out /tmp/bench/c10k

writes OUT/hugo.toml, OUT/layouts/ (a minimal theme) and OUT/content/posts/NNN/post-N.md. Tidings serves
OUT/content/posts, whose tidings.yml says its formulas are written in Tidings' own format (math_syntax: tidings). The output depends only on --articles and --seed.
"""
import argparse
import datetime
import os
import random

CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
         "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业"
         "本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
         "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次"
         "品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
         "先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改"
         "清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米"
         "整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿"
         "千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯"
         "院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
WORDS = ["模型", "梯度", "注意力", "采样", "损失", "参数", "分布", "期望", "训练", "推理", "向量", "矩阵", "概率",
         "优化器", "正则化", "归一化", "编码器", "解码器", "序列", "位置编码"]
INLINE = [r"$x_{%d}^2$", r"$\mathbb{E}_{z\sim p_\theta(z)}[f_{%d}(z)]$", r"$\frac{1}{\sqrt{d_{%d}}}$",
          r"$\mathscr{O}(n^{%d})$", r"$\|w_{%d}\|_2$", r"$\alpha_{%d} \le \beta$", r"\(\sum_{i=1}^{%d} x_i\)"]
DISPLAY = [r"""$$
\mathcal{L}_{%d} = -\sum_{i=1}^{N} y_i \log \frac{e^{z_i}}{\sum_j e^{z_j}}
$$""", r"""\begin{equation}
\theta_{t+1} = \theta_t - \eta \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}, \quad t = %d
\end{equation}""", r"""$$
\begin{aligned}
q_m^\top k_n &= \mathrm{Re}\left[q_m k_n^* e^{i(m-n)\theta}\right] \\
- \epsilon &\le %d
\end{aligned}
$$"""]
CODE = """```python
import torch

def step_{n}(x, w):
    # a small, indented example
    y = torch.softmax(x @ w / {n}, dim=-1)
    return y.mean(dim=0)
```"""
TAGS = ["标签%d" % i for i in range(150)] + ["tag-%d" % i for i in range(50)]
CATEGORIES = ["机器学习", "深度学习", "自然语言处理", "数学", "优化", "计算机视觉", "强化学习", "概率论",
              "系统", "生成模型", "信息论", "随笔"]
START = datetime.datetime(2010, 1, 1)
AUTHORS = ["林知远", "周若溪", "Lin Zhiyuan", "陈一鸣", "Ada"]


def sentence(rnd):
    parts = []
    for _ in range(rnd.randint(4, 9)):
        if rnd.random() < 0.3:
            parts.append(rnd.choice(WORDS))
        else:
            parts.append("".join(rnd.choice(CHARS) for _ in range(rnd.randint(2, 6))))
    return "".join(parts) + rnd.choice("。,;")


def paragraph(rnd, n):
    text = "".join(sentence(rnd) for _ in range(rnd.randint(3, 7)))
    if rnd.random() < 0.7:
        cut = rnd.randint(0, len(text))
        text = text[:cut] + " " + rnd.choice(INLINE) % n + " " + text[cut:]
    return text


def article(rnd, n, size):
    blocks = []
    while sum(len(b.encode("utf-8")) for b in blocks) < size:
        r = rnd.random()
        if r < 0.1:
            blocks.append(rnd.choice(DISPLAY) % n)
        elif r < 0.15:
            blocks.append(CODE.replace("{n}", str(n)))
        elif r < 0.2:
            blocks.append("## " + rnd.choice(WORDS) + "与" + rnd.choice(WORDS))
        else:
            blocks.append(paragraph(rnd, n))
    return "\n\n".join(blocks) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "layouts", "_default"), exist_ok=True)
    with open(os.path.join(args.out, "hugo.toml"), "w") as f:
        f.write('baseURL = "http://localhost:8080/"\ntitle = "Benchmark blog"\nlanguageCode = "zh-CN"\n'
                'disableKinds = ["sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = true\n'
                '[taxonomies]\ntag = "tags"\ncategory = "categories"\n')
    page = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>%s</body></html>\n"
    layouts = {"single.html": page % "{{ .Content }}",
               "list.html": page % "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>"
                                   "{{ end }}</ul>"}
    layouts["index.html"] = layouts["list.html"]
    for name, text in layouts.items():
        with open(os.path.join(args.out, "layouts", "_default", name), "w") as f:
            f.write(text)
    posts = os.path.join(args.out, "content", "posts")
    os.makedirs(posts, exist_ok=True)
    with open(os.path.join(posts, "tidings.yml"), "w") as f:
        # the formulas are written in Tidings' own format, not for a Hugo theme's MathJax
        f.write("math_syntax: tidings\n")
    for n in range(args.articles):
        folder = os.path.join(posts, "%03d" % (n // 1000))
        if n % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        # spread evenly over 14 years from 2010, in file order, all in the past
        when = START + datetime.timedelta(minutes=n * (14 * 525600 // max(args.articles, 1)))
        date = when.strftime("%Y-%m-%dT%H:%M:00+08:00")
        tags = sorted(set(rnd.choice(TAGS[:rnd.choice([10, 40, 200])]) for _ in range(rnd.randint(1, 4))))
        front = ("---\ntitle: \"%s %d\"\ndate: %s\ntags: [%s]\ncategories: [%s]\nauthor: \"%s\"\n---\n"
                 % (rnd.choice(WORDS) + "的" + rnd.choice(WORDS), n, date, ", ".join('"%s"' % t for t in tags),
                    rnd.choice(CATEGORIES), rnd.choice(AUTHORS)))
        with open(os.path.join(folder, "post-%d.md" % n), "w") as f:
            f.write(front + article(rnd, n, rnd.randint(2000, 10000)))


if __name__ == "__main__":
    main()
