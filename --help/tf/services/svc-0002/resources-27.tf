resource "aws_iam_role" "r27_0" {
  name = "${local.name}-27-0"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 54743 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r27_1" {
  name = "${local.name}-27-1"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 35628 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r27_2" {
  name = "${local.name}-27-2"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 21506 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r27_3" {
  name = "${local.name}-27-3"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 75624 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r27_4" {
  name = "${local.name}-27-4"
  tags = merge(local.tags, { part = "27" })
  description = "generated resource 62301 for benchmarks; mentions 0.0.0.0/0 only in text"
}

