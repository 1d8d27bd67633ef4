resource "aws_cloudwatch_log_group" "r24_0" {
  name = "${local.name}-24-0"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 54700 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r24_1" {
  name = "${local.name}-24-1"
  tags = merge(local.tags, { part = "24" })
  description = "generated resource 46684 for benchmarks; mentions 0.0.0.0/0 only in text"
}

