resource "aws_cloudwatch_log_group" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 11203 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 85603 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r6_2" {
  name = "${local.name}-6-2"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 59559 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_3" {
  name = "${local.name}-6-3"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 88229 for benchmarks; mentions 0.0.0.0/0 only in text"
}

