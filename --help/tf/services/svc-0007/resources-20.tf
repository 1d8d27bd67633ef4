resource "aws_s3_bucket" "r20_0" {
  name = "${local.name}-20-0"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 49994 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r20_1" {
  name = "${local.name}-20-1"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 3226 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r20_2" {
  name = "${local.name}-20-2"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 91177 for benchmarks; mentions 0.0.0.0/0 only in text"
}

